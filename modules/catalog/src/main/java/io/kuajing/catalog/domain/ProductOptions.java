package io.kuajing.catalog.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.kernel.FulfilmentMode;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The ways a product can be bought today: a quote per available mode (cheapest first) and, for every other mode,
 * why not (a stable reason such as {@code not-on-positive-list}, {@code no-stock}, {@code no-fx-rate}).
 */
@ValueObject
public record ProductOptions(Eligibility eligibility, List<ModeQuote> quotes, Map<FulfilmentMode, String> unavailable) {

    public ProductOptions {
        quotes = List.copyOf(quotes);
        unavailable = Map.copyOf(unavailable);
    }

    public List<FulfilmentMode> availableModes() {
        return quotes.stream().map(ModeQuote::mode).toList();
    }

    public Optional<ModeQuote> cheapest() {
        return quotes.stream().findFirst();
    }

    public Optional<ModeQuote> quote(FulfilmentMode mode) {
        return quotes.stream().filter(q -> q.mode() == mode).findFirst();
    }
}
