package io.kuajing.purchase.application;

import io.kuajing.customs.Quotas;
import io.kuajing.logistics.Shipments;
import io.kuajing.platform.Outbox;
import io.kuajing.purchase.OrderCancelled;
import io.kuajing.purchase.OrderReturned;
import io.kuajing.purchase.domain.CustomsNote;
import io.kuajing.purchase.domain.Order;
import io.kuajing.purchase.domain.OrderStatus;
import io.kuajing.purchase.domain.Orders;
import io.kuajing.purchase.domain.PaymentGateway;
import java.time.Instant;
import jakarta.inject.Singleton;

/**
 * Undoing a sale, whoever asks: the consumer cancelling or returning, the unpaid sweep, customs refusing the
 * declaration or accepting a return. Each runs in the caller's transaction, on the order as the caller read it (under
 * its row lock where two requests may race); the refund carries the order's own key, so it is made once whichever
 * path gets there first. The order says what happened ({@link Order#cancel}, {@link Order#returned}); this publishes it.
 */
@Singleton
class Refunding {

    private final Orders orders;
    private final PaymentGateway payments;
    private final Quotas quotas;
    private final StockReservations stock;
    private final Shipments shipments;
    private final Outbox outbox;

    Refunding(Orders orders, PaymentGateway payments, Quotas quotas, StockReservations stock, Shipments shipments,
              Outbox outbox) {
        this.orders = orders;
        this.payments = payments;
        this.quotas = quotas;
        this.stock = stock;
        this.shipments = shipments;
        this.outbox = outbox;
    }

    /**
     * Cancels an order customs does not have, for the consumer or the unpaid sweep: its stock and quota go back, a
     * paid order is refunded, and logistics stops what has not left (legs not booked are dropped; an unpaid order has
     * none). A declared order is not cancelled here: the consumer asks customs ({@link OrderJourney#askCustomsToCancel}).
     */
    OrderCancelled cancel(Order order, String reason) {
        if (order.status() == OrderStatus.DECLARED) {
            throw new IllegalStateException("order " + order.number() + " is declared: only customs can cancel it now");
        }
        return undo(order, order.cancel(reason), order.isCrossBorder());
    }

    /**
     * Cancels the order because customs refused or never received its declaration, the order saying why. Customs
     * gave the quota back when it recorded that (ADR 0019); only an order customs never had declared (it reached
     * no declaration) still holds a reservation purchase made, and gives it back here.
     */
    OrderCancelled cancelForCustoms(Order order, String reason, CustomsNote note) {
        boolean neverDeclared = order.status() != OrderStatus.DECLARED;
        order.noteFromCustoms(note);
        return undo(order, order.cancel(reason), neverDeclared);
    }

    /**
     * Customs cancelled the inventory list (CEB624 approved): customs gave the quota back and put released bonded
     * units back in its book when it recorded that; purchase lets its stock go, refunds and stops logistics.
     */
    OrderCancelled cancelAsCustomsApproved(Order order, Instant at) {
        return undo(order, order.cancelledByCustoms(at), false);
    }

    private OrderCancelled undo(Order order, OrderCancelled cancelled, boolean givesQuotaBack) {
        String orderNo = order.number().value();
        if (givesQuotaBack) {
            quotas.release(orderNo);
        }
        stock.release(orderNo);
        refundIfPaid(order);
        orders.update(order);
        shipments.cancel(orderNo);
        outbox.publish(cancelled);
        return cancelled;
    }

    /** Takes a delivered order back (customs accepted the return, or no customs was involved) and refunds it. */
    OrderReturned takeBack(Order order) {
        OrderReturned returned = order.returned();
        refundIfPaid(order);
        orders.update(order);
        outbox.publish(returned);
        return returned;
    }

    private void refundIfPaid(Order order) {
        if (order.payment() != null) {
            payments.refund(order.refundKey(), order.payment());
            order.refunded();
        }
    }
}
