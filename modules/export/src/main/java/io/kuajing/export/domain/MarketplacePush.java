package io.kuajing.export.domain;

import java.time.Instant;

import io.kuajing.kernel.Money;
import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;

/**
 * What Kuajing told a marketplace for a vendor and the marketplace accepted: a listing published with its price and
 * stock, a price or stock change, or a shipment confirmation with its carrier and tracking number. Kept so operators
 * can see what each marketplace was told, and so a repeated confirmation finds the first. A price the vendor gave
 * in CNY keeps its {@link PriceConversion} (null otherwise).
 */
@Entity
public record MarketplacePush(@Identity long id, String marketplace, Kind kind, VendorId vendor, String sku, String orderNo,
                              Money price, Integer stock, String carrier, String trackingNumber, Instant pushedAt,
                              String pushedBy, PriceConversion conversion) {

    /** A push whose price (if any) was given in the marketplace's currency. */
    public MarketplacePush(long id, String marketplace, Kind kind, VendorId vendor, String sku, String orderNo, Money price,
                           Integer stock, String carrier, String trackingNumber, Instant pushedAt, String pushedBy) {
        this(id, marketplace, kind, vendor, sku, orderNo, price, stock, carrier, trackingNumber, pushedAt, pushedBy, null);
    }

    /** What was pushed. */
    public enum Kind {
        LISTING, PRICE_STOCK, SHIPMENT
    }
}
