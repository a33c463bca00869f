package io.kuajing.plugin.carrier;

import java.util.List;
import java.util.Objects;

/** A carrier's price for one service with its breakdown; the total is always the exact sum of the charges. */
public record RateQuote(String serviceCode, List<Charge> charges, int minTransitDays, int maxTransitDays) {

    public RateQuote {
        Objects.requireNonNull(serviceCode, "serviceCode");
        charges = List.copyOf(charges);
        if (charges.isEmpty()) {
            throw new IllegalArgumentException("a quote has at least one charge");
        }
        String currency = charges.get(0).amount().currency();
        if (charges.stream().anyMatch(c -> !c.amount().currency().equals(currency))) {
            throw new IllegalArgumentException("all charges of a quote are in one currency");
        }
    }

    public Amount total() {
        return charges.stream().map(Charge::amount).reduce(Amount::plus).orElseThrow();
    }
}
