package io.kuajing.customs;

import java.time.Instant;

import io.kuajing.kernel.Money;
import org.jmolecules.event.types.DomainEvent;

/** Customs issued the tax bill of the order (CEB816), to be settled 31-45 days after release. */
@org.jmolecules.event.annotation.DomainEvent
public record TaxBillIssued(String orderNo, String taxNo, String invtNo, Money customsTax, Money valueAddedTax,
                            Money consumptionTax, Money total, Instant at) implements DomainEvent {
}
