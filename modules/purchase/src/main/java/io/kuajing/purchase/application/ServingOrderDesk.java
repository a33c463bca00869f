package io.kuajing.purchase.application;

import java.util.List;
import java.util.Locale;

import io.kuajing.kernel.RuleViolation;
import io.kuajing.purchase.OrderDesk;
import io.kuajing.purchase.OrderView;
import io.kuajing.purchase.domain.OrderStatus;
import io.kuajing.purchase.domain.Orders;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

@Singleton
class ServingOrderDesk implements OrderDesk {

    private final Orders orders;
    private final OrderViews views;

    ServingOrderDesk(Orders orders, OrderViews views) {
        this.orders = orders;
        this.views = views;
    }

    @Override
    @Transactional
    public List<OrderView> withStatus(String status, int limit) {
        OrderStatus wanted;
        try {
            wanted = OrderStatus.valueOf(status == null ? "" : status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("status", "order-status", "status must be one of " + List.of(OrderStatus.values()));
        }
        return orders.withStatus(wanted, limit).stream().map(views::of).toList();
    }
}
