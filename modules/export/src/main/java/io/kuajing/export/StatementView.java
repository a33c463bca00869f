package io.kuajing.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.kuajing.kernel.Money;

/**
 * A vendor's statement: per order the sale-currency amounts, the settlement rate used (its date and source) and the
 * CNY amounts; per line the VAT export refund rate of its HS code with the table row it came from (null: the table
 * has no rate for that code).
 */
public record StatementView(String vendorId, LocalDate from, LocalDate to, List<Order> orders, Money salesCny,
                            Money feesCny, Money netCny) {

    public record Order(String orderNo, String marketplace, String mode, LocalDate soldOn, Money sales,
                        Money marketplaceFee, Money net, BigDecimal fxRate, LocalDate fxRateDate, String fxRateSource,
                        Money salesCny, Money feeCny, Money netCny, List<Line> lines) {
    }

    public record Line(int lineNo, String sku, String hsCode, int quantity, Money amount, BigDecimal refundRate,
                       String refundRateHsPrefix, LocalDate refundRateFrom, String refundRateSource) {
    }
}
