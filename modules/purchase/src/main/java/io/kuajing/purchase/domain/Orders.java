package io.kuajing.purchase.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.kuajing.purchase.OrderNumber;
import org.jmolecules.ddd.annotation.Repository;

/** Where orders are kept. {@link #update} refuses a stale copy, so two commands on one order never both win. */
@Repository
public interface Orders {

    /**
     * Places a checkout's orders, the first of them (by number) carrying its key. Called first in the checkout's
     * transaction, so a concurrent twin with the same key waits for it and then sees its orders.
     *
     * @return the earlier checkout, placing nothing, when the key was already taken; empty when the orders are placed
     */
    Optional<Checkouts.Earlier> place(Checkouts.Claim claim, List<Order> orders);

    /** @throws ConcurrentOrderChange when the order changed since it was read */
    void update(Order order);

    Optional<Order> byNumber(OrderNumber number);

    /**
     * The order with its row locked until the transaction ends: commands that must happen once (payment, refund)
     * read it this way, so a concurrent twin waits and then sees the first one's outcome.
     */
    Optional<Order> lockedByNumber(OrderNumber number);

    /**
     * Orders in one of {@code statuses} placed before {@code before}, oldest first, from the {@code offset}-th on
     * (unpaid orders to let go, orders stuck on their way).
     */
    List<Order> withStatusPlacedBefore(Set<OrderStatus> statuses, Instant before, long offset, int limit);

    List<Order> ownedBy(String owner);

    List<Order> placedBy(String checkoutId);

    /** Orders in {@code status}, oldest first, from the {@code offset}-th on. */
    List<Order> withStatus(OrderStatus status, long offset, int limit);

    /**
     * Orders customs said something against (refusal, message kept back) since {@code since}, latest first, from the
     * {@code offset}-th on.
     */
    List<Order> refusedByCustomsSince(Instant since, long offset, int limit);
}
