package io.kuajing.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Global selling on the marketplaces themselves, through their plugins: publish a vendor's listing with its price
 * and stock, push a new price or stock, pull the orders a marketplace took into export orders, confirm a shipment
 * with its tracking number back to the marketplace. What a marketplace accepted is recorded; what it refused is a
 * 422 naming its rule, nothing recorded; a marketplace that does not answer is a 503, nothing changed.
 */
public interface MarketplaceSelling {

    /** Publishes (creates or replaces) the vendor's listing on the marketplace at {@code publication}'s price and stock. */
    PushView publish(String vendorId, String sku, String marketplace, Publication publication, String operator);

    /** A new price, stock or both for a listing on the marketplace. */
    PushView pushPriceStock(String vendorId, String sku, String marketplace, Publication change, String operator);

    /** The marketplace's orders changed in [since, until) become export orders: one per marketplace order, ever. */
    OrderPull pullOrders(String marketplace, Instant since, Instant until);

    /** Tells the order's marketplace it shipped; the same confirmation again returns the first (created false). */
    Confirmed confirmShipment(String orderNo, ShipmentNotice notice, String operator);

    /** The vendor's first {@code limit} pushes to marketplaces, the latest first. */
    List<PushView> pushes(String vendorId, int limit);

    /**
     * A price in the marketplace's {@code currency}, or a {@code priceCny} converted into it at the settlement rate of
     * the day (exactly one of the two), and a stock level; null leaves one unchanged where that is allowed.
     */
    record Publication(BigDecimal price, BigDecimal priceCny, String currency, Integer stock) {
    }

    /**
     * A parcel on its way: the Kuajing carrier plugin id, its tracking number, when it left (null: now). Carrier and
     * tracking number both null: the parcel booked with a carrier ({@link ParcelShipping}), its waybill number.
     */
    record ShipmentNotice(String carrier, String trackingNumber, Instant shippedAt) {
    }

    /** A confirmation kept: {@code created} is false when the same confirmation had been sent before. */
    record Confirmed(PushView push, boolean created) {
    }

    /** A pull: orders taken as new export orders, orders taken before, orders left out with the rule that kept them out. */
    record OrderPull(String marketplace, Instant since, Instant until, List<ExportOrderView> taken,
                     List<ExportOrderView> known, List<Skipped> skipped) {
    }

    /** A marketplace order (or the whole pull, when the id is null) left out, with its rule and why. */
    record Skipped(String marketplaceOrderId, String rule, String reason) {
    }
}
