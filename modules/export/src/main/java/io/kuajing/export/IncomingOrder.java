package io.kuajing.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as a marketplace reports it: its id there, the export mode it will leave China by (9610 or 9810), the
 * buyer's country, when it was sold, the sale currency, the marketplace's fee, the lines at their unit prices and,
 * for a parcel Kuajing ships (9610), the buyer's address (null when not given).
 */
public record IncomingOrder(String marketplace, String marketplaceOrderId, String mode, String destination,
                            Instant soldAt, String currency, BigDecimal marketplaceFee, List<Line> lines,
                            ShipTo shipTo) {

    /** An order without the buyer's address (a 9810 order, which the marketplace ships, needs none). */
    public IncomingOrder(String marketplace, String marketplaceOrderId, String mode, String destination, Instant soldAt,
                         String currency, BigDecimal marketplaceFee, List<Line> lines) {
        this(marketplace, marketplaceOrderId, mode, destination, soldAt, currency, marketplaceFee, lines, null);
    }

    /**
     * The buyer's address in the destination country, for the parcel's label: the name, a phone, the street as one
     * line, the city, the region (state, prefecture), the postal code. Personal data: masked in {@code toString}.
     */
    public record ShipTo(String name, String phone, String street, String city, String region, String postalCode) {

        @Override
        public String toString() {
            return "ShipTo[" + (name == null ? null : "***") + ", " + city + ", " + region + "]";
        }
    }
    public record Line(String sku, Integer quantity, BigDecimal unitPrice) {
    }
}
