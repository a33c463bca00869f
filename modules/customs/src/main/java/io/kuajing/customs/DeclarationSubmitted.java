package io.kuajing.customs;

import java.time.Instant;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;
import org.jmolecules.event.types.DomainEvent;

/** The order's four documents were signed and sent to the single window. */
@org.jmolecules.event.annotation.DomainEvent
public record DeclarationSubmitted(String orderNo, Regime regime, String portCode, Money acturalPaid, Money taxTotal,
                                   Instant at) implements DomainEvent {
}
