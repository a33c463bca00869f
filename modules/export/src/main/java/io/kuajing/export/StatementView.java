package io.kuajing.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A vendor's statement: per order the sale-currency amounts, the settlement rate used (its date and source) and the
 * CNY amounts; per line the VAT export refund rate of its HS code with the table row it came from (null: the table
 * has no rate for that code).
 */
@Serdeable
public record StatementView(String vendorId, LocalDate from, LocalDate to, List<Order> orders, BigDecimal salesCny,
                            BigDecimal feesCny, BigDecimal netCny, String currency) {

    @Serdeable
    public record Order(String orderNo, String marketplace, String mode, LocalDate soldOn, String saleCurrency,
                        BigDecimal sales, BigDecimal marketplaceFee, BigDecimal net, BigDecimal fxRate,
                        LocalDate fxRateDate, String fxRateSource, BigDecimal salesCny, BigDecimal feeCny,
                        BigDecimal netCny, List<Line> lines) {
    }

    @Serdeable
    public record Line(int lineNo, String sku, String hsCode, int quantity, BigDecimal amount, BigDecimal refundRate,
                       String refundRateHsPrefix, LocalDate refundRateFrom, String refundRateSource) {
    }
}
