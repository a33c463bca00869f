package io.kuajing.purchase;

import java.math.BigDecimal;

import org.jmolecules.event.types.DomainEvent;

/** An order was placed at checkout (not yet paid). */
public record OrderPlaced(String orderNo, String owner, String mode, String warehouse, BigDecimal total)
        implements DomainEvent {
}
