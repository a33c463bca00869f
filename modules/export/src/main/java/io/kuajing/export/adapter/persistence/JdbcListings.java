package io.kuajing.export.adapter.persistence;

import java.util.List;
import java.util.Optional;

import io.kuajing.export.domain.Listing;
import io.kuajing.export.domain.Listings;
import io.kuajing.export.domain.VendorId;
import io.kuajing.kernel.Sku;
import jakarta.inject.Singleton;

/** Listings in export_listing, keyed by SKU. */
@Singleton
class JdbcListings implements Listings {

    private final ListingRows rows;

    JdbcListings(ListingRows rows) {
        this.rows = rows;
    }

    @Override
    public boolean put(Listing l) {
        Optional<ListingRow> existing = rows.lockedBySku(l.sku().value());
        if (existing.isPresent() && !existing.get().vendorId().equals(l.vendor().value())) {
            return false;
        }
        ListingRow row = ListingRow.of(l);
        if (existing.isPresent()) {
            rows.update(row);
        } else {
            rows.save(row);
        }
        return true;
    }

    @Override
    public Optional<Listing> bySku(Sku sku) {
        return rows.findById(sku.value()).map(ListingRow::listing);
    }

    @Override
    public List<Listing> ofVendor(VendorId vendor) {
        return rows.findByVendorIdOrderBySku(vendor.value()).stream().map(ListingRow::listing).toList();
    }
}
