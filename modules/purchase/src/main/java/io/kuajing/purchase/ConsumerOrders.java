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
     * Pays the order through the payment provider, once: every check (order awaiting payment, amount, payer = buyer
     * for a cross-border order) is made under the order's row lock before the provider is asked, with the order's
     * own idempotency key. A second payment of a paid order is refused with the payment on record.
     *
     * @throws io.kuajing.kernel.ConflictWithRecord {@code paid-once}, with the existing payment, when already paid
     * @throws io.kuajing.kernel.RuleViolation {@code payer-is-buyer}, {@code order-exists}, {@code payable}, ...
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

    /**
     * The payer as the payment company reports them: real name and resident ID number; {@code amount} the total the
     * consumer confirms paying (a decimal string in CNY), or null to pay the order's total as it stands.
     */
    record PayerDetails(String name, String idNumber, String amount) {

        public PayerDetails(String name, String idNumber) {
            this(name, idNumber, null);
        }

        @Override
        public String toString() {
            return "PayerDetails[masked]";
        }
    }
}
