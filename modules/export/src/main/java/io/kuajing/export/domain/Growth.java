package io.kuajing.export.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Year-on-year growth as the seed's report says it: this year's sales as a multiple of the year before ("13-fold"
 * is 13.00, "more than doubled" above 2.00), per channel and currency, so exchange rates do not move it. No
 * multiple when the year before had no sales.
 */
public final class Growth {

    /** A year's sales with its multiple of the year before, when there is one. */
    public record Row(YearlySales sales, Optional<BigDecimal> multipleOfYearBefore) {
    }

    private Growth() {
    }

    public static List<Row> of(List<YearlySales> yearly) {
        Map<String, YearlySales> byKey = yearly.stream().collect(Collectors.toMap(Growth::key, s -> s));
        List<Row> rows = new ArrayList<>();
        yearly.stream().sorted(Comparator.comparing(YearlySales::channel).thenComparing(YearlySales::year))
                .forEach(s -> {
                    YearlySales before = byKey.get(s.channel() + "|" + (s.year() - 1) + "|" + s.sales().currency());
                    Optional<BigDecimal> multiple = before == null || !before.sales().isPositive() ? Optional.empty()
                            : Optional.of(s.sales().amount().divide(before.sales().amount(), 2, RoundingMode.HALF_UP));
                    rows.add(new Row(s, multiple));
                });
        return rows;
    }

    private static String key(YearlySales s) {
        return s.channel() + "|" + s.year() + "|" + s.sales().currency();
    }
}
