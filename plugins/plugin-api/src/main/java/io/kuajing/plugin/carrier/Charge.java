package io.kuajing.plugin.carrier;

import java.util.Objects;

/** One priced part of a quote or a shipment: base freight, fuel surcharge, remote-area fee ... */
public record Charge(String name, Amount amount) {

    public Charge {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(amount, "amount");
    }
}
