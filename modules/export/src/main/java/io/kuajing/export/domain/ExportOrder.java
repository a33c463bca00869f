package io.kuajing.export.domain;

import java.time.Instant;
import java.util.Currency;
import java.util.List;

import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * An order a buyer abroad placed on an overseas marketplace for a vendor's listings, in the marketplace's currency,
 * with the fee the marketplace keeps. One marketplace order is one export order: pulling it again finds it.
 * {@code customsNote} says why customs refused its parcel (REFUSED), or the last report about it or withdrawal of its
 * list or the receipt of its payment (the status unchanged), null otherwise. {@code paymentReceipt}: where customs is
 * with the vendor's receipt of the buyer's payment (CEB403: SENT, ACCEPTED, REFUSED), null until it is told.
 */
@AggregateRoot
public record ExportOrder(@Identity String orderNo, VendorId vendor, String marketplace, String marketplaceOrderId,
                          ExportMode mode, CountryCode destination, Instant soldAt, Currency currency,
                          List<ExportOrderLine> lines, Money marketplaceFee, ExportOrderStatus status,
                          String customsNote, String paymentReceipt) {

    /** An order customs has not refused. */
    public ExportOrder(String orderNo, VendorId vendor, String marketplace, String marketplaceOrderId, ExportMode mode,
                       CountryCode destination, Instant soldAt, Currency currency, List<ExportOrderLine> lines,
                       Money marketplaceFee, ExportOrderStatus status) {
        this(orderNo, vendor, marketplace, marketplaceOrderId, mode, destination, soldAt, currency, lines,
                marketplaceFee, status, null, null);
    }

    public ExportOrder {
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new RuleViolation("lines", "required", "an export order has at least one line");
        }
        for (int i = 0; i < lines.size(); i++) {
            ExportOrderLine line = lines.get(i);
            if (line.quantity() < 1 || line.quantity() > 9999) {
                throw new RuleViolation("lines[" + i + "].quantity", "quantity-range", "the quantity is 1 to 9999");
            }
            if (!line.unitPrice().currency().equals(currency) || !line.unitPrice().isPositive()) {
                throw new RuleViolation("lines[" + i + "].unitPrice", "positive-sale-currency",
                        "the unit price is a positive amount in the order's currency " + currency);
            }
        }
        if (!marketplaceFee.currency().equals(currency) || marketplaceFee.isNegative()) {
            throw new RuleViolation("marketplaceFee", "fee-in-sale-currency",
                    "the marketplace fee is zero or more, in the order's currency " + currency);
        }
        if (CountryCode.CHINA.equals(destination)) {
            throw new RuleViolation("destination", "abroad", "an export order goes abroad, not to China");
        }
    }

    /** What the buyer paid for the goods, in the sale currency. */
    public Money sales() {
        return lines.stream().map(ExportOrderLine::amount).reduce(Money.zero(currency), Money::plus);
    }

    /** What the vendor is owed before conversion: sales less the marketplace's fee. */
    public Money net() {
        return sales().minus(marketplaceFee);
    }
}
