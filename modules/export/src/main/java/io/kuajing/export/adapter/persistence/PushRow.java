package io.kuajing.export.adapter.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Currency;

import io.kuajing.export.domain.MarketplacePush;
import io.kuajing.export.domain.PriceConversion;
import io.kuajing.export.domain.VendorId;
import io.kuajing.kernel.Money;
import io.kuajing.platform.UtcTime;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code export_marketplace_push}. {@code shipmentOf} is the order number of a shipment confirmation only
 * (its unique key keeps one per order); the CNY price and its rate are set for a price given in CNY only.
 */
@MappedEntity("export_marketplace_push")
record PushRow(@Id @GeneratedValue @Nullable Long id, String marketplace, MarketplacePush.Kind kind, String vendorId,
               @Nullable String sku, @Nullable String orderNo, @Nullable BigDecimal price, @Nullable String currency,
               @Nullable Integer stock, @Nullable String carrier, @Nullable String trackingNumber, LocalDateTime pushedAt,
               String pushedBy, @Nullable String shipmentOf, @Nullable BigDecimal priceCny, @Nullable BigDecimal fxRate,
               @Nullable LocalDate fxRateFrom) {

    static PushRow of(MarketplacePush p) {
        PriceConversion c = p.conversion();
        return new PushRow(null, p.marketplace(), p.kind(), p.vendor().value(), p.sku(), p.orderNo(),
                p.price() == null ? null : p.price().amount(),
                p.price() == null ? null : p.price().currency().getCurrencyCode(), p.stock(), p.carrier(),
                p.trackingNumber(), UtcTime.of(p.pushedAt()), p.pushedBy(),
                p.kind() == MarketplacePush.Kind.SHIPMENT ? p.orderNo() : null,
                c == null ? null : c.priceCny().amount(), c == null ? null : c.cnyPerUnit(), c == null ? null : c.rateFrom());
    }

    MarketplacePush push() {
        Money money = currency == null ? null : new Money(price, Currency.getInstance(currency));
        PriceConversion conversion = priceCny == null ? null
                : new PriceConversion(new Money(priceCny, Money.CNY), fxRate.stripTrailingZeros(), fxRateFrom, money);
        return new MarketplacePush(id, marketplace, kind, new VendorId(vendorId), sku, orderNo, money, stock, carrier,
                trackingNumber, UtcTime.instant(pushedAt), pushedBy, conversion);
    }
}
