package io.kuajing.purchase;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/**
 * An order as its owner and operators see it: amounts in CNY, status, and personal data masked (the full buyer
 * identity goes only to customs).
 */
@Serdeable
public record OrderView(String orderNo, String mode, String warehouse, String status, List<Line> lines,
                        BigDecimal goodsValue, BigDecimal freight, BigDecimal tax, BigDecimal total, String currency,
                        String buyer, String consignee, String waybillNumber, String cancellationReason,
                        Instant placedAt) {

    @Serdeable
    public record Line(String sku, String title, String hsCode, int quantity, BigDecimal unitPrice, BigDecimal tax) {
    }
}
