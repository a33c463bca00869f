package io.kuajing.customs.domain.tax;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.kuajing.customs.domain.reference.Csv;
import io.kuajing.customs.domain.reference.Dated;
import io.kuajing.kernel.HsCode;

/**
 * The dated rate table (tax-rates.csv): the most specific HS prefix wins, then the version in force on the date,
 * so a rate change on a date changes quotes from that date and no earlier.
 */
public final class TaxRates {

    public static final String ANY = "*";

    private final Map<String, List<TaxRate>> byPrefix;

    public TaxRates(List<TaxRate> rates) {
        this.byPrefix = rates.stream().collect(Collectors.groupingBy(TaxRate::hsPrefix));
        if (!byPrefix.containsKey(ANY)) {
            throw new IllegalArgumentException("the rate table needs a default row with hs_prefix " + ANY);
        }
    }

    public TaxRate of(HsCode hsCode, LocalDate on) {
        String code = hsCode.value();
        return byPrefix.entrySet().stream()
                .filter(e -> e.getKey().equals(ANY) || code.startsWith(e.getKey()))
                .sorted(Comparator.comparingInt((Map.Entry<String, List<TaxRate>> e) ->
                        e.getKey().equals(ANY) ? -1 : e.getKey().length()).reversed())
                .map(e -> Dated.inForce(e.getValue(), TaxRate::effectiveFrom, on))
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no tax rate for " + hsCode + " in force on " + on));
    }

    public static TaxRates from(Csv csv) {
        return new TaxRates(csv.rows().stream().map(r -> {
            String prefix = r.required("hs_prefix");
            if (!prefix.equals(ANY) && !prefix.matches("\\d{2,10}")) {
                throw r.error("hs_prefix must be 2-10 digits or " + ANY + ": " + prefix);
            }
            return new TaxRate(prefix, r.date("effective_from"), r.decimal("tariff"), r.decimal("vat"),
                    r.decimal("consumption"), r.decimal("min_price_per_ml_g"), r.decimal("min_price_per_piece"),
                    r.text("description"));
        }).toList());
    }
}
