package io.kuajing.catalog.adapter.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.catalog.domain.FreightEstimates;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.UnitWeight;
import jakarta.inject.Singleton;

/**
 * {@link FreightEstimates} from {@code freight.csv}: first 500 g plus a price per further 500 g (or part), the
 * usual express tariff shape; a row for the origin country wins over the {@code *} row.
 */
@Singleton
class CsvFreightEstimates implements FreightEstimates {

    private static final int STEP_GRAMS = 500;

    private final Map<String, List<ReferenceTable.Row>> byModeAndOrigin;

    CsvFreightEstimates(ReferenceSettings settings) {
        this.byModeAndOrigin = ReferenceTable.read(settings.file("freight")).datedBy(r -> r.text("mode") + "/" + r.text("origin"));
    }

    @Override
    public Optional<Money> estimate(FulfilmentMode mode, CountryCode origin, Integer weightGrams, LocalDate date) {
        Optional<ReferenceTable.Row> row = ReferenceTable.inForce(byModeAndOrigin.get(mode + "/" + origin.value()), date)
                .or(() -> ReferenceTable.inForce(byModeAndOrigin.get(mode + "/*"), date));
        return row.map(r -> {
            int grams = UnitWeight.gramsOrUnknown(weightGrams);
            int extraSteps = Math.max(0, (grams - 1) / STEP_GRAMS);
            return new Money(r.decimal("first_500g").add(r.decimal("additional_500g").multiply(BigDecimal.valueOf(extraSteps))),
                    Money.CNY);
        });
    }
}
