package io.kuajing.export.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;

/**
 * What a vendor earned abroad in a period, in CNY: per order the sales and the marketplace's fee in the sale
 * currency, the net converted at the settlement rate in force on the day of the sale, and per line the VAT export
 * refund rate of its HS code as the dated table gives it (the refund itself is the tax office's to compute from the
 * purchase invoices, so it is shown as the rate, not as an amount we would have to guess).
 */
public record VendorStatement(VendorId vendor, LocalDate from, LocalDate to, List<Order> orders, Money salesCny,
                              Money feesCny, Money netCny) {

    public record Order(String orderNo, String marketplace, String mode, LocalDate soldOn, Money sales, Money fee,
                        Money net, SettlementRates.Rate rate, Money salesCny, Money feeCny, Money netCny,
                        List<Line> lines) {
    }

    public record Line(int lineNo, Sku sku, HsCode hsCode, int quantity, Money amount,
                       Optional<ExportRefundRates.Rate> refundRate) {
    }

    /** The statement of {@code orders} (the vendor's, sold in the period); {@code hsCodeOf} reads each line's listing. */
    public static VendorStatement of(VendorId vendor, LocalDate from, LocalDate to, List<ExportOrder> orders,
                                     SettlementRates fx, ExportRefundRates refunds,
                                     java.util.function.Function<Sku, HsCode> hsCodeOf) {
        List<Order> lines = orders.stream().map(o -> {
            LocalDate day = o.soldAt().atZone(ChinaTime.ZONE).toLocalDate();
            SettlementRates.Rate rate = fx.on(o.currency(), day, "orders[" + o.orderNo() + "].currency");
            List<Line> orderLines = o.lines().stream().map(l -> {
                HsCode hs = hsCodeOf.apply(l.sku());
                return new Line(l.lineNo(), l.sku(), hs, l.quantity(), l.amount(), refunds.of(hs, day));
            }).toList();
            Money salesCny = SettlementRates.toCny(o.sales(), rate);
            Money feeCny = SettlementRates.toCny(o.marketplaceFee(), rate);
            // The net is converted as sales less fee in CNY, so the statement's columns add up to the fen.
            return new Order(o.orderNo(), o.marketplace(), o.mode().code(), day, o.sales(), o.marketplaceFee(), o.net(),
                    rate, salesCny, feeCny, salesCny.minus(feeCny), orderLines);
        }).toList();
        Money sales = lines.stream().map(Order::salesCny).reduce(Money.zero(Money.CNY), Money::plus);
        Money fees = lines.stream().map(Order::feeCny).reduce(Money.zero(Money.CNY), Money::plus);
        return new VendorStatement(vendor, from, to, lines, sales, fees, sales.minus(fees));
    }
}
