package io.kuajing.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as a marketplace reports it: its id there, the export mode it will leave China by (9610 or 9810), the
 * buyer's country, when it was sold, the sale currency, the marketplace's fee and the lines at their unit prices.
 */
public record IncomingOrder(String marketplace, String marketplaceOrderId, String mode, String destination,
                            Instant soldAt, String currency, BigDecimal marketplaceFee, List<Line> lines) {
    public record Line(String sku, Integer quantity, BigDecimal unitPrice) {
    }
}
