package io.kuajing.purchase.application;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import io.kuajing.platform.Transactions;
import io.kuajing.purchase.domain.Order;
import io.kuajing.purchase.domain.OrderStatus;
import io.kuajing.purchase.domain.Orders;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets go of orders left unpaid: after {@code kuajing.purchase.unpaid-timeout} (default 30 minutes) a placed order is
 * cancelled, its stock and quota given back, so an abandoned checkout does not keep units from other buyers. Each
 * order is cancelled under its row lock, so a payment arriving at the same moment either wins (and the order is no
 * longer PLACED) or finds it cancelled; several instances sweeping at once cancel each order once.
 */
@Singleton
class UnpaidOrders {

    private static final Logger LOG = LoggerFactory.getLogger(UnpaidOrders.class);
    private static final int BATCH = 100;

    private final Orders orders;
    private final Refunding refunding;
    private final Transactions transactions;
    private final Clock clock;
    private final Duration timeout;

    UnpaidOrders(Orders orders, Refunding refunding, Transactions transactions, Clock clock,
                 @Value("${kuajing.purchase.unpaid-timeout:PT30M}") Duration timeout) {
        this.orders = orders;
        this.refunding = refunding;
        this.transactions = transactions;
        this.clock = clock;
        this.timeout = timeout;
    }

    @Scheduled(fixedDelay = "${kuajing.purchase.unpaid-sweep:1m}", initialDelay = "${kuajing.purchase.unpaid-sweep:1m}")
    void sweep() {
        letGo();
    }

    /** Cancels every order placed longer than the timeout ago and still unpaid; answers how many. */
    int letGo() {
        List<Order> stale = transactions.read(() -> orders.withStatusPlacedBefore(Set.of(OrderStatus.PLACED),
                clock.instant().minus(timeout), 0, BATCH));
        int cancelled = 0;
        for (Order candidate : stale) {
            cancelled += transactions.write(() -> orders.lockedByNumber(candidate.number())
                    .filter(o -> o.status() == OrderStatus.PLACED)
                    .map(this::cancel).orElse(0));
        }
        if (cancelled > 0) {
            LOG.info("{} orders left unpaid for {} cancelled, their stock and quota released", cancelled, timeout);
        }
        return cancelled;
    }

    private int cancel(Order order) {
        refunding.cancel(order, "unpaid after " + timeout.toMinutes() + " minutes");
        return 1;
    }
}
