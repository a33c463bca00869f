package io.kuajing.catalog.adapter.reference;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.catalog.domain.FxRate;
import io.kuajing.catalog.domain.FxRates;
import jakarta.inject.Singleton;

/** {@link FxRates} from {@code fx-rates.csv}: currency, effective_from, cny_per_unit, source. */
@Singleton
class CsvFxRates implements FxRates {

    private final Map<String, List<ReferenceTable.Row>> byCurrency;

    CsvFxRates(ReferenceSettings settings) {
        this.byCurrency = ReferenceTable.read(settings.file("fx-rates")).datedBy(r -> r.text("currency"));
    }

    @Override
    public Optional<FxRate> rateOn(Currency currency, LocalDate date) {
        return ReferenceTable.inForce(byCurrency.get(currency.getCurrencyCode()), date)
                .map(r -> new FxRate(currency, r.decimal("cny_per_unit"), r.date("effective_from"), r.text("source")));
    }
}
