package io.kuajing.customs.domain.tax;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;
import io.kuajing.kernel.RuleViolation;
import org.jmolecules.ddd.annotation.Service;

/**
 * Import taxes of a basket under a regime on a date, from the dated rate table and CBEC limits.
 *
 * <p>Formulas (财关税〔2016〕18号): with taxable price P, tariff rate t, consumption-tax rate c and VAT rate v,
 * tariff = P·t; consumption tax = (P + tariff) / (1 − c) · c; VAT = (P + tariff + consumption tax) · v.
 * Within the CBEC limits t is 0 and VAT and consumption tax are paid at the limits' tax share (70%), so the
 * comprehensive rate is (c + v) / (1 − c) · 70%. A single indivisible item above the per-transaction limit
 * pays full rates (财关税〔2018〕49号); so does general trade.
 *
 * <p>Rounding: intermediate amounts keep 34 significant digits; each tax (tariff, consumption tax, VAT) is
 * rounded once, per line, to the fen (0.01 CNY) HALF_UP, after the 70% share is applied. Basket totals are
 * sums of the rounded line amounts, so the lines always add up to the total declared.
 */
@Service
public final class TaxCalculator {

    private static final MathContext PRECISION = MathContext.DECIMAL128;

    private final TaxRates rates;
    private final CbecLimits.Schedule limits;

    public TaxCalculator(TaxRates rates, CbecLimits.Schedule limits) {
        this.rates = rates;
        this.limits = limits;
    }

    public BasketTax quote(Regime regime, LocalDate on, List<TaxableLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw new RuleViolation("lines", "not-empty", "a basket needs at least one line");
        }
        for (int i = 0; i < lines.size(); i++) {
            Money price = lines.get(i).taxablePrice();
            if (!price.currency().equals(Money.CNY) || price.isNegative()) {
                throw new RuleViolation("lines[" + i + "].taxablePrice", "cny-not-negative",
                        "the taxable price must be a non-negative CNY amount");
            }
        }
        CbecLimits inForce = limits.on(on);
        TaxBasis basis = basisOf(regime, lines, inForce);
        BigDecimal share = basis == TaxBasis.CBEC_WITHIN_LIMITS ? inForce.taxShare() : BigDecimal.ONE;
        List<LineTax> taxed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            taxed.add(lineTax(i, lines.get(i), on, basis, share));
        }
        return new BasketTax(basis, taxed);
    }

    /** The per-transaction limit applies to the whole order (its taxable price incl. freight), 财关税〔2018〕49号. */
    private static TaxBasis basisOf(Regime regime, List<TaxableLine> lines, CbecLimits inForce) {
        if (!regime.isCrossBorder()) {
            return TaxBasis.GENERAL_TRADE;
        }
        Money total = lines.stream().map(TaxableLine::taxablePrice).reduce(Money.zero(Money.CNY), Money::plus);
        boolean singleIndivisibleItem = lines.size() == 1 && lines.get(0).quantity() == 1;
        if (!inForce.admitsOrder(total, singleIndivisibleItem)) {
            throw inForce.perTransactionRefusal("lines", total);
        }
        return total.compareTo(inForce.perTransaction()) <= 0
                ? TaxBasis.CBEC_WITHIN_LIMITS : TaxBasis.CBEC_SINGLE_ITEM_FULL_RATE;
    }

    private LineTax lineTax(int index, TaxableLine line, LocalDate on, TaxBasis basis, BigDecimal share) {
        TaxRate rate = rates.of(line.hsCode(), on);
        BigDecimal price = line.taxablePrice().amount();
        BigDecimal tariffRate = BigDecimal.ZERO;
        if (basis != TaxBasis.CBEC_WITHIN_LIMITS) {
            if (rate.tariff() == null) {
                throw new RuleViolation("lines[" + index + "].hsCode", "tariff-rate-on-file",
                        "no tariff rate on file for " + line.hsCode() + " on " + on + ": add it to tax-rates.csv");
            }
            tariffRate = rate.tariff();
        }
        BigDecimal tariff = price.multiply(tariffRate, PRECISION);
        BigDecimal c = rate.consumptionTaxApplies(line.unitPrice(), line.contentPerUnit())
                ? rate.consumption() : BigDecimal.ZERO;
        BigDecimal consumption = price.add(tariff)
                .divide(BigDecimal.ONE.subtract(c), PRECISION)
                .multiply(c, PRECISION);
        BigDecimal vat = price.add(tariff).add(consumption).multiply(rate.vat(), PRECISION);
        return new LineTax(line.hsCode(), line.taxablePrice(),
                fen(tariff),
                fen(consumption.multiply(share, PRECISION)),
                fen(vat.multiply(share, PRECISION)));
    }

    /** Rounds to the fen, HALF_UP: the one rounding step of each tax on each line. */
    private static Money fen(BigDecimal amount) {
        return new Money(amount.setScale(2, Money.ROUNDING), Money.CNY);
    }
}
