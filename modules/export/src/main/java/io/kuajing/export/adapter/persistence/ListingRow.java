package io.kuajing.export.adapter.persistence;

import java.math.BigDecimal;

import io.kuajing.export.domain.Listing;
import io.kuajing.export.domain.VendorId;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code export_listing}, keyed by SKU; the declared value is in CNY. */
@MappedEntity("export_listing")
record ListingRow(@Id String sku, String vendorId, String titleZh, String hsCode, BigDecimal declaredValueCny,
                  BigDecimal weightKg, boolean exportLicenceRequired) {

    static ListingRow of(Listing l) {
        return new ListingRow(l.sku().value(), l.vendor().value(), l.titleZh(), l.hsCode().value(),
                l.declaredValue().amount(), l.weightKg(), l.exportLicenceRequired());
    }

    Listing listing() {
        return new Listing(new Sku(sku), new VendorId(vendorId), titleZh, HsCode.of(hsCode),
                Money.cny(declaredValueCny.toPlainString()), weightKg, exportLicenceRequired);
    }
}
