package io.kuajing.export.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The overseas marketplaces vendors sell on, each known by its plugin id (e.g. {@code us-spapi}): publish a listing
 * with its price and stock, push a new price or stock, read the orders changed in a window, confirm a shipment.
 * A marketplace that refuses says why ({@link Answer#problems()}); one that does not answer throws
 * {@link io.kuajing.kernel.PartnerUnavailable}.
 */
@SecondaryPort
public interface SalesChannels {

    /** Whether a sales channel with this id is loaded. */
    boolean knows(String marketplace);

    Answer publish(String marketplace, ChannelListing listing);

    /** A new price, stock or both (null leaves one as it is) for a listing published before. */
    Answer pushPriceStock(String marketplace, Sku sku, Money price, Integer stock);

    /** Every order the marketplace changed in [since, until), all pages read; with the marketplace's remarks. */
    Orders orders(String marketplace, Instant since, Instant until);

    Answer confirmShipment(String marketplace, String marketplaceOrderId, String carrier, String trackingNumber,
                           Instant shippedAt);

    /** A listing as a marketplace gets it: the vendor's Chinese text, price in the marketplace's currency, stock, weight. */
    record ChannelListing(Sku sku, String title, String language, Money price, int stock, BigDecimal weightKg) {
    }

    /** What the marketplace did: accepted, or refused with its problems (a stable code and a text each). */
    record Answer(boolean accepted, List<Problem> problems) {

        public Answer {
            problems = List.copyOf(problems);
        }
    }

    /** A marketplace's remark, e.g. {@code currency-not-usd}; {@code ref} names the SKU or order it is about. */
    record Problem(String code, String ref, String text) {
    }

    /** The orders of a window and the remarks the marketplace made reading them. */
    record Orders(List<MarketplaceOrder> orders, List<Problem> problems) {

        public Orders {
            orders = List.copyOf(orders);
            problems = List.copyOf(problems);
        }
    }

    /**
     * An order as the marketplace holds it: its id, when it was placed, its status word, where it ships to, who
     * fulfils it (null when the marketplace does not say), the lines in the sale currency and the buyer's address.
     */
    record MarketplaceOrder(String orderId, Instant placedAt, String status, String shipTo, ExportMode mode,
                            Currency currency, List<Line> lines, Buyer buyer) {

        public MarketplaceOrder {
            lines = List.copyOf(lines);
        }

        /**
         * The buyer's name and address as the marketplace gives them to the seller who ships (null when it does not):
         * the street as one line, the region a state or prefecture. Personal data: masked in {@code toString}.
         */
        public record Buyer(String name, String phone, String street, String city, String region, String postalCode) {

            @Override
            public String toString() {
                return "Buyer[***, " + city + ", " + region + "]";
            }
        }

        public record Line(String sku, int quantity, BigDecimal unitPrice) {
        }
    }
}
