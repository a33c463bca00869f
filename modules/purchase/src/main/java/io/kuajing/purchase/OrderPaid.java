package io.kuajing.purchase;

import java.math.BigDecimal;

import org.jmolecules.event.types.DomainEvent;

/** An order was paid: shipping and, for cross-border orders, the customs declaration can begin. */
public record OrderPaid(String orderNo, String mode, String warehouse, BigDecimal amount, String paymentTransactionId)
        implements DomainEvent {
}
