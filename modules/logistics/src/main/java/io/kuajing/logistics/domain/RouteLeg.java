package io.kuajing.logistics.domain;

import io.kuajing.kernel.Regime;

/** One leg of a route: from a warehouse (or the port) to the port ({@code toPort}) or to the consumer, under a regime, within a budget of working days. */
public record RouteLeg(LegKind kind, Warehouse from, Warehouse toPort, Regime regime, int budgetDays) {

    public String originCountry() {
        return from.address().country();
    }

    public boolean toConsumer() {
        return toPort == null;
    }
}
