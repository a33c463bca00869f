package io.kuajing.purchase.domain;

import java.util.List;
import java.util.Optional;

import io.kuajing.purchase.OrderNumber;
import org.jmolecules.ddd.annotation.Repository;

/** Where orders are kept. {@link #update} refuses a stale copy, so two commands on one order never both win. */
@Repository
public interface Orders {

    void add(Order order, String checkoutId);

    /** @throws ConcurrentOrderChange when the order changed since it was read */
    void update(Order order);

    Optional<Order> byNumber(OrderNumber number);

    List<Order> ownedBy(String owner);

    List<Order> placedBy(String checkoutId);

    List<Order> withStatus(OrderStatus status, int limit);
}
