package io.kuajing.logistics;

import java.util.List;
import java.util.Objects;

/** A checkout's question: where to (administrative division, no personal data needed) and what is in the basket. */
public record DeliveryQuestion(String divisionCode, List<BasketLine> lines) {

    public DeliveryQuestion {
        Objects.requireNonNull(divisionCode, "divisionCode");
        lines = List.copyOf(lines);
    }
}
