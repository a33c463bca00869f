package io.kuajing.customs.domain.tax;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import io.kuajing.customs.domain.reference.Csv;
import io.kuajing.customs.domain.reference.Dated;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The CBEC retail import limits and relief in force from a date (财关税〔2016〕18号, raised by 〔2018〕49号 from
 * 2019-01-01), and the tax-free return window (海关总署公告2020年第45号). Read from cbec-limits.csv, never literals.
 *
 * @param taxShare share of the statutory VAT and consumption tax paid within the limits (0.70)
 */
@ValueObject
public record CbecLimits(LocalDate effectiveFrom, Money perTransaction, Money annual, BigDecimal taxShare,
                         int returnRequestDays, int returnArrivalDays, String source) {

    public CbecLimits {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (!perTransaction.isPositive() || annual.compareTo(perTransaction) < 0) {
            throw new IllegalArgumentException("limits must be positive and annual >= per transaction");
        }
        if (taxShare.signum() < 0 || taxShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("tax share must be within [0, 1]");
        }
    }

    /**
     * Whether one order of this taxable amount may go through CBEC: within the per-transaction limit, or one
     * indivisible item above it but within the annual limit (财关税〔2018〕49号).
     */
    public boolean admitsOrder(Money amount, boolean singleIndivisibleItem) {
        return amount.compareTo(perTransaction) <= 0 || singleIndivisibleItem && amount.compareTo(annual) <= 0;
    }

    /** The refusal of an order {@link #admitsOrder} does not admit, naming {@code field}. */
    public RuleViolation perTransactionRefusal(String field, Money amount) {
        return new RuleViolation(field, "per-transaction-limit", "the order's taxable price " + amount
                + " exceeds the CBEC per-transaction limit of " + perTransaction + " (" + source
                + "); only one indivisible item may exceed it: use general trade");
    }

    /**
     * A return pays no tax and gives the allowance back only if requested within {@code returnRequestDays} of
     * release and back at the supervised site within {@code returnArrivalDays} (海关总署公告2020年第45号).
     */
    public void checkReturnWindow(LocalDate releasedOn, LocalDate requestedOn, LocalDate arrivedOn) {
        if (requestedOn == null || requestedOn.isAfter(releasedOn.plusDays(returnRequestDays))) {
            throw new RuleViolation("requestedOn", "return-request-window", "a return must be requested within "
                    + returnRequestDays + " days of release (" + releasedOn + ")");
        }
        if (arrivedOn == null || arrivedOn.isAfter(releasedOn.plusDays(returnArrivalDays))) {
            throw new RuleViolation("arrivedOn", "return-arrival-window", "returned goods must be back within "
                    + returnArrivalDays + " days of release (" + releasedOn + ")");
        }
    }

    /** The dated limits, one version per change. */
    public record Schedule(List<CbecLimits> versions) {

        public Schedule {
            versions = List.copyOf(versions);
        }

        public CbecLimits on(LocalDate date) {
            return Dated.inForce(versions, CbecLimits::effectiveFrom, date)
                    .orElseThrow(() -> new IllegalArgumentException("no CBEC limits in force on " + date));
        }

        public static Schedule from(Csv csv) {
            return new Schedule(csv.rows().stream().map(r -> new CbecLimits(
                    r.date("effective_from"),
                    new Money(r.decimal("per_transaction"), Money.CNY),
                    new Money(r.decimal("annual"), Money.CNY),
                    r.decimal("tax_share"),
                    Integer.parseInt(r.required("return_request_days")),
                    Integer.parseInt(r.required("return_arrival_days")),
                    r.text("source"))).toList());
        }
    }
}
