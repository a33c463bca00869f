package io.kuajing.purchase.domain;

import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.Money;
import io.kuajing.purchase.OrderNumber;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Takes a consumer's money for an order and reports the payment as the payment company will report it to customs
 * (CEB411). The sandbox adapter records a transaction without moving money.
 */
@SecondaryPort
public interface PaymentGateway {

    Payment charge(OrderNumber order, Money amount, String payerName, ChineseIdNumber payerId);

    /** Returns the payment of a cancelled order. */
    void refund(Payment payment);
}
