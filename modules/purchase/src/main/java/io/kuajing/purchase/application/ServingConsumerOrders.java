package io.kuajing.purchase.application;

import java.util.List;
import java.util.Optional;

import io.kuajing.customs.Quotas;
import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.logistics.Shipments;
import io.kuajing.platform.Outbox;
import io.kuajing.purchase.ConsumerOrders;
import io.kuajing.purchase.OrderCancelled;
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
    private final Quotas quotas;
    private final Outbox outbox;
    private final OrderViews views;
    private final OrderJourney journey;
    private final Shipments shipments;

    ServingConsumerOrders(Orders orders, PaymentGateway payments, Quotas quotas, Outbox outbox, OrderViews views,
                          OrderJourney journey, Shipments shipments) {
        this.shipments = shipments;
        this.orders = orders;
        this.payments = payments;
        this.quotas = quotas;
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

    @Override
    @Transactional
    public OrderView pay(String owner, String orderNo, PayerDetails payer) {
        Order order = mine(owner, orderNo);
        if (payer == null || payer.name() == null || payer.name().isBlank()) {
            throw new RuleViolation("payer.name", "required", "the payer's real name is required");
        }
        ChineseIdNumber payerId;
        try {
            payerId = ChineseIdNumber.of(payer.idNumber());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("payer.idNumber", "id-number", e.getMessage());
        }
        if (order.status() != OrderStatus.PLACED) {
            throw new RuleViolation("orderNo", "payable", "order " + orderNo + " is " + order.status() + ", not awaiting payment");
        }
        Payment payment = payments.charge(order.number(), order.total(), payer.name().strip(), payerId);
        order.pay(payment);
        orders.update(order);
        outbox.publish(new OrderPaid(orderNo, order.mode().name(), order.warehouse(), order.total().amount(),
                payment.transactionId()));
        return views.of(order);
    }

    @Override
    @Transactional
    public OrderView cancel(String owner, String orderNo, String reason) {
        Order order = mine(owner, orderNo);
        boolean paid = order.payment() != null;
        order.cancel(reason == null || reason.isBlank() ? "cancelled by the consumer" : reason.strip());
        if (order.isCbec()) {
            quotas.release(orderNo);
        }
        if (paid) {
            payments.refund(order.payment());
            order.refunded();
        }
        orders.update(order);
        shipments.cancel(orderNo); // what has not left is stopped: a refunded order is not delivered
        outbox.publish(new OrderCancelled(orderNo, order.cancellationReason(), paid));
        return views.of(order);
    }

    @Override
    @Transactional
    public OrderView requestReturn(String owner, String orderNo, String reason) {
        Order order = mine(owner, orderNo);
        if (order.status() != OrderStatus.DELIVERED) {
            throw new RuleViolation("orderNo", "returnable", "order " + orderNo + " is " + order.status()
                    + "; only a delivered order can be returned");
        }
        String why = reason == null || reason.isBlank() ? "returned by the consumer" : reason.strip();
        if (order.isCbec()) {
            journey.askCustomsToTakeBack(order, why);
            return views.of(order);
        }
        journey.takeBack(order);
        return views.of(order);
    }

    private Order mine(String owner, String orderNo) {
        return find(owner, orderNo)
                .orElseThrow(() -> new RuleViolation("orderNo", "order-exists", "you have no order " + orderNo));
    }

    private Optional<Order> find(String owner, String orderNo) {
        OrderNumber number;
        try {
            number = new OrderNumber(orderNo);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return orders.byNumber(number).filter(o -> o.owner().equals(owner));
    }
}
