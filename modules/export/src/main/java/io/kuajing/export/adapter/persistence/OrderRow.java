package io.kuajing.export.adapter.persistence;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Currency;
import java.util.List;

import io.kuajing.export.domain.ExportMode;
import io.kuajing.export.domain.ExportOrder;
import io.kuajing.export.domain.ExportOrderLine;
import io.kuajing.export.domain.ExportOrderStatus;
import io.kuajing.export.domain.VendorId;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.Money;
import io.kuajing.platform.UtcTime;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code export_order}: the mode by its customs code, the sale's China calendar year kept beside its UTC time
 * (the report groups by it without time-zone functions in SQL).
 */
@MappedEntity("export_order")
record OrderRow(@Id String orderNo, String vendorId, String marketplace, String marketplaceOrderId, String mode,
                String destination, LocalDateTime soldAt, int soldYear, String currency, BigDecimal marketplaceFee,
                ExportOrderStatus status, @Nullable String customsNote,
                @Nullable String paymentReceipt) {

    static OrderRow of(ExportOrder o) {
        return new OrderRow(o.orderNo(), o.vendor().value(), o.marketplace(), o.marketplaceOrderId(), o.mode().code(),
                o.destination().value(), UtcTime.of(o.soldAt()), o.soldAt().atZone(ChinaTime.ZONE).getYear(),
                o.currency().getCurrencyCode(), o.marketplaceFee().amount(), o.status(), o.customsNote(),
                o.paymentReceipt());
    }

    ExportOrder order(List<ExportOrderLine> lines) {
        Currency money = Currency.getInstance(currency);
        return new ExportOrder(orderNo, new VendorId(vendorId), marketplace, marketplaceOrderId,
                ExportMode.ofCode(mode, "mode"), CountryCode.of(destination), UtcTime.instant(soldAt), money, lines,
                new Money(marketplaceFee, money), status, customsNote, paymentReceipt);
    }
}
