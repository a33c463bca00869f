package io.kuajing.catalog.adapter.reference;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.catalog.domain.Mode;
import io.kuajing.catalog.domain.TaxQuote;
import io.kuajing.catalog.domain.TaxQuotes;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import jakarta.inject.Singleton;

/**
 * {@link TaxQuotes} from {@code tax-rates.csv} and {@code cbec-limits.csv} (the customs module's formats), with the
 * formulas of DOMAIN.md for one unit with taxable price P:
 * <ul>
 *   <li>general trade (direct purchase, and CBEC above the per-transaction limit): tariff = P x t;
 *       consumption tax = (P + tariff) / (1 - c) x c; VAT = (P + tariff + consumption tax) x v;</li>
 *   <li>CBEC within the limit (direct mail, flash purchase): tariff 0, consumption tax and VAT as above times the
 *       tax share (70%): general goods at 13% VAT pay 9.1%, high-end cosmetics (c 15%) 23.06%.</li>
 * </ul>
 * Each tax is computed from the unrounded intermediate amounts and rounded half up to the fen at the end; the quote's
 * total is the sum of the rounded taxes (customs collects per tax, per line).
 */
@Singleton
class CsvTaxQuotes implements TaxQuotes {

    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL64;

    private final Map<String, List<ReferenceTable.Row>> byPrefix;
    private final List<ReferenceTable.Row> limits;

    CsvTaxQuotes(ReferenceSettings settings) {
        this.byPrefix = ReferenceTable.read(settings.file("tax-rates")).datedBy(r -> r.text("hs_prefix"));
        this.limits = ReferenceTable.read(settings.file("cbec-limits")).datedBy(r -> "all").getOrDefault("all", List.of());
    }

    @Override
    public Optional<TaxQuote> quote(HsCode hsCode, Mode mode, Money taxablePrice, LocalDate date) {
        if (!taxablePrice.currency().equals(Money.CNY)) {
            throw new IllegalArgumentException("taxable price must be in CNY: " + taxablePrice);
        }
        Optional<ReferenceTable.Row> rate = rateFor(hsCode, date);
        if (rate.isEmpty()) {
            return Optional.empty();
        }
        ReferenceTable.Row r = rate.get();
        BigDecimal price = taxablePrice.amount();
        BigDecimal vat = r.decimal("vat");
        BigDecimal consumption = consumptionRate(r, price);
        if (mode == Mode.DIRECT_PURCHASE) {
            return r.optionalDecimal("tariff").map(t -> general(price, t, consumption, vat, "general trade"));
        }
        ReferenceTable.Row limit = ReferenceTable.inForce(limits, date)
                .orElseThrow(() -> new IllegalStateException("no CBEC limits in force on " + date));
        if (price.compareTo(limit.decimal("per_transaction")) > 0) {
            // 财关税〔2018〕49号: a single indivisible item above the limit still goes CBEC, taxed in full at general rates.
            return r.optionalDecimal("tariff").map(t -> general(price, t, consumption, vat, "CBEC over the "
                    + limit.text("per_transaction") + " CNY single-transaction limit: full general rates"));
        }
        BigDecimal share = limit.decimal("tax_share");
        BigDecimal consumptionFull = consumptionOn(price, consumption);
        BigDecimal vatFull = price.add(consumptionFull).multiply(vat);
        return Optional.of(new TaxQuote(Money.zero(Money.CNY), cny(consumptionFull.multiply(share)),
                cny(vatFull.multiply(share)), "CBEC within limits: tariff 0, VAT and consumption tax at "
                + share.movePointRight(2).stripTrailingZeros().toPlainString() + "%"));
    }

    private static TaxQuote general(BigDecimal price, BigDecimal tariffRate, BigDecimal consumption, BigDecimal vat,
                                    String basis) {
        BigDecimal tariff = price.multiply(tariffRate);
        BigDecimal consumptionTax = consumptionOn(price.add(tariff), consumption);
        BigDecimal vatAmount = price.add(tariff).add(consumptionTax).multiply(vat);
        return new TaxQuote(cny(tariff), cny(consumptionTax), cny(vatAmount), basis);
    }

    /** Consumption tax is ad valorem on a base that includes itself: base / (1 - c) x c. */
    private static BigDecimal consumptionOn(BigDecimal base, BigDecimal rate) {
        if (rate.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return base.multiply(rate).divide(BigDecimal.ONE.subtract(rate), EXACT_ENOUGH);
    }

    /** High-end cosmetics thresholds: below the per-piece price the consumption tax does not apply. */
    private static BigDecimal consumptionRate(ReferenceTable.Row r, BigDecimal price) {
        BigDecimal rate = r.decimal("consumption");
        Optional<BigDecimal> perPiece = r.optionalDecimal("min_price_per_piece");
        if (perPiece.isPresent() && price.compareTo(perPiece.get()) < 0) {
            return BigDecimal.ZERO;
        }
        return rate;
    }

    private Optional<ReferenceTable.Row> rateFor(HsCode hsCode, LocalDate date) {
        String code = hsCode == null ? "" : hsCode.value();
        for (int length = code.length(); length >= 1; length--) {
            Optional<ReferenceTable.Row> row = ReferenceTable.inForce(byPrefix.get(code.substring(0, length)), date);
            if (row.isPresent()) {
                return row;
            }
        }
        return ReferenceTable.inForce(byPrefix.get("*"), date);
    }

    private static Money cny(BigDecimal amount) {
        return new Money(amount, Money.CNY);
    }
}
