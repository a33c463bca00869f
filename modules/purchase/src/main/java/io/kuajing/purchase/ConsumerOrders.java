package io.kuajing.purchase;

import java.util.List;
import java.util.Optional;

/**
 * Orders as their owner sees them, and the commands an owner may give. An order of another consumer does not
 * exist for the caller: it is never shown, paid or cancelled through someone else's token.
 */
public interface ConsumerOrders {

    List<OrderView> ownedBy(String owner);

    Optional<OrderView> ownedBy(String owner, String orderNo);

    /**
     * Pays the order through the payment sandbox; for a cross-border order the payer must be the buyer.
     *
     * @throws io.kuajing.kernel.RuleViolation {@code payer-is-buyer}, {@code order-exists}, ...
     */
    OrderView pay(String owner, String orderNo, PayerDetails payer);

    /** Cancels before customs release (or before shipment without customs), releasing the quota; refunds if paid. */
    OrderView cancel(String owner, String orderNo, String reason);

    /**
     * Asks to return a delivered order. A cross-border order goes back through customs (CEB625; 海关总署公告2020年
     * 第45号: requested within 30 days of release, no tax, the annual quota restored); it is refunded when customs
     * accepts. A general-trade order is returned and refunded at once.
     *
     * @throws io.kuajing.kernel.RuleViolation {@code returnable} before delivery, or customs' window rule after it
     */
    OrderView requestReturn(String owner, String orderNo, String reason);

    /** The payer as the payment company reports them: real name and resident ID number. */
    record PayerDetails(String name, String idNumber) {

        @Override
        public String toString() {
            return "PayerDetails[masked]";
        }
    }
}
