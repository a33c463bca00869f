package io.kuajing.purchase.domain;

import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.Money;
import io.kuajing.purchase.OrderNumber;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Takes a consumer's money for an order and reports the payment as the payment company will report it to customs
 * (CEB411). Every request carries its own idempotency key ({@link Order#paymentKey()}, {@link Order#refundKey()}):
 * the provider takes the money once per key however often it is asked (a retry after a timeout, a deadlock, a
 * crash between the charge and our commit), and answers the first outcome again. The sandbox adapter records a
 * transaction without moving money.
 */
@SecondaryPort
public interface PaymentGateway {

    /** What to charge, under which key. */
    record Charge(String idempotencyKey, OrderNumber order, Money amount, String payerName, ChineseIdNumber payerId) {
    }

    /** Charges once per {@code idempotencyKey}: the same key again answers the payment it made. */
    Payment charge(Charge charge);

    /** Returns the payment of a cancelled or returned order, once per {@code idempotencyKey}. */
    void refund(String idempotencyKey, Payment payment);
}
