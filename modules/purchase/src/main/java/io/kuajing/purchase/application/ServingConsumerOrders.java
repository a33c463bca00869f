package io.kuajing.purchase.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.ConflictWithRecord;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.Text;
import io.kuajing.platform.Transactions;
import io.kuajing.platform.Outbox;
import io.kuajing.purchase.ConsumerOrders;
import io.kuajing.purchase.OrderNumber;
import io.kuajing.purchase.OrderPaid;
import io.kuajing.purchase.OrderView;
import io.kuajing.purchase.domain.Order;
import io.kuajing.purchase.domain.OrderStatus;
import io.kuajing.purchase.domain.Orders;
import io.kuajing.purchase.domain.Payment;
import io.kuajing.purchase.domain.PaymentGateway;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/** What a consumer does with their own orders: read, pay, cancel. Someone else's order answers as missing. */
@Singleton
class ServingConsumerOrders implements ConsumerOrders {

    private final Orders orders;
    private final PaymentGateway payments;
    private final Outbox outbox;
    private final OrderViews views;
    private final OrderJourney journey;
    private final Refunding refunding;
    private final Transactions transactions;

    ServingConsumerOrders(Orders orders, PaymentGateway payments, Outbox outbox, OrderViews views,
                          OrderJourney journey, Refunding refunding, Transactions transactions) {
        this.transactions = transactions;
        this.refunding = refunding;
        this.orders = orders;
        this.payments = payments;
        this.outbox = outbox;
        this.views = views;
        this.journey = journey;
    }

    @Override
    @Transactional
    public List<OrderView> ownedBy(String owner) {
        return orders.ownedBy(owner).stream().map(views::of).toList();
    }

    @Override
    @Transactional
    public Optional<OrderView> ownedBy(String owner, String orderNo) {
        return find(owner, orderNo).map(views::withTrip);
    }

    /**
     * The request is checked first (payer name and ID number, amount), then, under the order's row lock, the order
     * (awaiting payment, payer = buyer); only then is the provider asked, with the order's idempotency key. A twin
     * request waits on the lock and then finds the order paid: 409 with the payment on record, never a second charge.
     */
    @Override
    public OrderView pay(String owner, String orderNo, PayerDetails payer) {
        if (payer == null) {
            throw new RuleViolation("payerName", "required", "the payer's real name and ID number are required");
        }
        String payerName = Text.personName(payer.name(), "payerName");
        ChineseIdNumber payerId;
        try {
            payerId = ChineseIdNumber.of(payer.idNumber());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("payerIdNumber", "id-number", e.getMessage());
        }
        Money confirmed = payer.amount() == null ? null : amount(payer.amount());
        return transactions.write(() -> {
            Order order = mineLocked(owner, orderNo);
            if (order.payment() != null) {
                throw alreadyPaid(order);
            }
            order.checkPayable(payerName, payerId, confirmed);
            Payment payment = payments.charge(new PaymentGateway.Charge(order.paymentKey(), order.number(), order.total(),
                    payerName, payerId));
            order.pay(payment);
            orders.update(order);
            outbox.publish(new OrderPaid(orderNo, order.mode().name(), order.warehouse(), order.total().amount(),
                    payment.transactionId()));
            return views.of(order);
        });
    }

    /**
     * Cancelled under the order's row lock, so two cancellations cannot both refund (the refund has its own key too).
     * A declared order is customs' to cancel: it is asked, and the order waits for its answer.
     */
    @Override
    public OrderView cancel(String owner, String orderNo, String reason) {
        String why = Text.optional(reason, "reason", Text.REASON);
        return transactions.write(() -> {
            Order order = mineLocked(owner, orderNo);
            String because = why == null ? "cancelled by the consumer" : why;
            if (order.status() == OrderStatus.DECLARED) {
                journey.askCustomsToCancel(order, because);
            } else {
                refunding.cancel(order, because);
            }
            return views.of(order);
        });
    }

    private static ConflictWithRecord alreadyPaid(Order order) {
        Payment p = order.payment();
        return new ConflictWithRecord("orderNo", "paid-once", "order " + order.number() + " is already paid ("
                + order.status() + ")", Map.of("transactionId", p.transactionId(), "amount", p.amount().amount().toPlainString(),
                "currency", p.amount().currency().getCurrencyCode(), "paidAt", p.paidAt().toString(),
                "status", order.status().name()));
    }

    private static Money amount(String raw) {
        try {
            BigDecimal value = new BigDecimal(raw.strip());
            if (value.signum() <= 0 || value.precision() - value.scale() > 10 || value.scale() > 2) {
                throw new NumberFormatException("out of range");
            }
            return new Money(value, Money.CNY);
        } catch (NumberFormatException e) {
            throw new RuleViolation("amount", "money", "a positive amount in CNY with at most 2 decimals, e.g. \"699.60\"");
        }
    }

    @Override
    @Transactional
    public OrderView requestReturn(String owner, String orderNo, String reason) {
        String given = Text.optional(reason, "reason", Text.REASON);
        Order order = mine(owner, orderNo);
        if (order.status() != OrderStatus.DELIVERED) {
            throw new RuleViolation("orderNo", "returnable", "order " + orderNo + " is " + order.status()
                    + "; only a delivered order can be returned");
        }
        String why = given == null ? "returned by the consumer" : given;
        if (order.isCrossBorder()) {
            journey.askCustomsToTakeBack(order, why);
            return views.of(order);
        }
        refunding.takeBack(order);
        return views.of(order);
    }

    private Order mineLocked(String owner, String orderNo) {
        return number(orderNo).flatMap(orders::lockedByNumber).filter(o -> o.owner().equals(owner))
                .orElseThrow(() -> new RuleViolation("orderNo", "order-exists", "you have no order " + orderNo));
    }

    private Order mine(String owner, String orderNo) {
        return find(owner, orderNo)
                .orElseThrow(() -> new RuleViolation("orderNo", "order-exists", "you have no order " + orderNo));
    }

    private Optional<Order> find(String owner, String orderNo) {
        return number(orderNo).flatMap(orders::byNumber).filter(o -> o.owner().equals(owner));
    }

    private static Optional<OrderNumber> number(String orderNo) {
        try {
            return Optional.of(new OrderNumber(orderNo));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
