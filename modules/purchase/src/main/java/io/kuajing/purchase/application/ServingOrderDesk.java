package io.kuajing.purchase.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import java.util.Optional;

import io.kuajing.kernel.RuleViolation;
import io.kuajing.purchase.OrderDesk;
import io.kuajing.purchase.OrderNumber;
import io.kuajing.purchase.OrderView;
import io.kuajing.purchase.domain.OrderStatus;
import io.kuajing.purchase.domain.Orders;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/** What operators see of orders: by status, the stuck ones, one with its trip; personal data masked. */
@Singleton
class ServingOrderDesk implements OrderDesk {

    private static final Set<OrderStatus> ON_THE_WAY = EnumSet.of(OrderStatus.PAID, OrderStatus.DECLARED,
            OrderStatus.RELEASED, OrderStatus.SHIPPED);

    private final Orders orders;
    private final OrderViews views;
    private final Clock clock;

    ServingOrderDesk(Orders orders, OrderViews views, Clock clock) {
        this.orders = orders;
        this.views = views;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<OrderView> stuck(Duration olderThan, long offset, int limit) {
        if (olderThan == null || olderThan.isNegative()) {
            throw new RuleViolation("olderThan", "duration", "olderThan must be a positive ISO-8601 duration, e.g. PT48H");
        }
        Instant cutoff = clock.instant().minus(olderThan);
        return orders.withStatusPlacedBefore(ON_THE_WAY, cutoff, offset, limit).stream().map(views::of).toList();
    }

    @Override
    @Transactional
    public List<OrderView> refusedByCustoms(Duration within, long offset, int limit) {
        if (within == null || within.isNegative() || within.isZero()) {
            throw new RuleViolation("within", "duration", "within must be a positive ISO-8601 duration, e.g. P7D");
        }
        return orders.refusedByCustomsSince(clock.instant().minus(within), offset, limit).stream().map(views::of).toList();
    }

    @Override
    @Transactional
    public Optional<OrderView> order(String orderNo) {
        try {
            return orders.byNumber(new OrderNumber(orderNo)).map(views::withTrip);
        } catch (IllegalArgumentException notAnOrderNumber) {
            return Optional.empty();
        }
    }

    @Override
    @Transactional
    public List<OrderView> withStatus(String status, long offset, int limit) {
        OrderStatus wanted;
        try {
            wanted = OrderStatus.valueOf(status == null ? "" : status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("status", "order-status", "status must be one of " + List.of(OrderStatus.values()));
        }
        return orders.withStatus(wanted, offset, limit).stream().map(views::of).toList();
    }
}
