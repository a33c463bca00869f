package io.kuajing.purchase.domain;

import java.time.Instant;
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

    /**
     * The order with its row locked until the transaction ends: commands that must happen once (payment, refund)
     * read it this way, so a concurrent twin waits and then sees the first one's outcome.
     */
    Optional<Order> lockedByNumber(OrderNumber number);

    /** Orders in {@code status} placed before {@code before}, oldest first (unpaid orders to let go). */
    List<Order> withStatusPlacedBefore(OrderStatus status, Instant before, int limit);

    List<Order> ownedBy(String owner);

    List<Order> placedBy(String checkoutId);

    List<Order> withStatus(OrderStatus status, int limit);

    /** Orders customs said something against (refusal, message kept back) since {@code since}, latest first. */
    List<Order> refusedByCustomsSince(Instant since, int limit);
}
