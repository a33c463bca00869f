package io.kuajing.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/** An export order: amounts in the sale currency. */
@Serdeable
public record ExportOrderView(String orderNo, String vendorId, String marketplace, String marketplaceOrderId,
                              String mode, String destination, Instant soldAt, String currency, BigDecimal sales,
                              BigDecimal marketplaceFee, String status, List<Line> lines) {

    @Serdeable
    public record Line(int lineNo, String sku, int quantity, BigDecimal unitPrice, BigDecimal amount) {
    }
}
