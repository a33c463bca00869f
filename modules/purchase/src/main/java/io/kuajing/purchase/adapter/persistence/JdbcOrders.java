package io.kuajing.purchase.adapter.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.kuajing.platform.UtcTime;
import io.kuajing.purchase.OrderNumber;
import io.kuajing.purchase.domain.ConcurrentOrderChange;
import io.kuajing.purchase.domain.Order;
import io.kuajing.purchase.domain.OrderLine;
import io.kuajing.purchase.domain.OrderStatus;
import io.kuajing.purchase.domain.Orders;
import jakarta.inject.Singleton;

/**
 * Orders in purchase_order and purchase_order_line. An order's lines never change after checkout, so an update
 * writes the order row only, guarded by the version the order was read at (optimistic locking): read, change once,
 * update.
 */
@Singleton
class JdbcOrders implements Orders {

    /** The most rows one listing call reads (a page is at most 100; the unpaid sweep takes batches). */
    private static final int MAX_ROWS = 500;
    /** What a consumer's order list shows. */
    private static final int OWNER_ROWS = 200;

    private final OrderRows orders;
    private final OrderLineRows lines;

    JdbcOrders(OrderRows orders, OrderLineRows lines) {
        this.orders = orders;
        this.lines = lines;
    }

    @Override
    public void add(Order order, String checkoutId) {
        orders.insert(OrderRow.of(order, checkoutId));
        List<OrderLineRow> rows = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            rows.add(OrderLineRow.of(order.number().value(), rows.size() + 1, line));
        }
        lines.insert(rows);
    }

    @Override
    public void update(Order order) {
        // The checkout id is not written by an update: the row built here only carries the changed fields over.
        OrderRow r = OrderRow.of(order, null);
        int updated = orders.updateAtVersion(r.orderNo(), r.version(), r.status(), r.paymentTransaction(),
                r.payerName(), r.payerIdNumber(), r.paidAmount(), r.paidAt(), r.waybillNo(), r.cancellationReason(),
                r.customsKind(), r.customsReason(), r.customsMessage(), r.customsNextStep(), r.customsAt(),
                r.deliveredAt());
        if (updated != 1) {
            throw new ConcurrentOrderChange(order.number().value());
        }
    }

    @Override
    public Optional<Order> byNumber(OrderNumber number) {
        return withLines(orders.findById(number.value()).stream().toList()).stream().findFirst();
    }

    @Override
    public List<Order> ownedBy(String owner) {
        return withLines(orders.latestOfOwner(owner, OWNER_ROWS));
    }

    @Override
    public List<Order> placedBy(String checkoutId) {
        return withLines(orders.ofCheckout(checkoutId));
    }

    @Override
    public List<Order> withStatus(OrderStatus status, long offset, int limit) {
        return withLines(orders.withStatus(status.name(), rows(limit), Math.max(0, offset)));
    }

    @Override
    public Optional<Order> lockedByNumber(OrderNumber number) {
        return withLines(orders.lockedById(number.value()).stream().toList()).stream().findFirst();
    }

    @Override
    public List<Order> withStatusPlacedBefore(Set<OrderStatus> statuses, Instant before, long offset, int limit) {
        // <=, not <: on MariaDB the driver sends times cut to the second (ADR 0028), so an order placed in the
        // cutoff's own second is stored at that second and must still count as placed before it.
        return withLines(orders.withStatusPlacedAtOrBefore(statuses.stream().map(Enum::name).toList(),
                UtcTime.of(before), rows(limit), Math.max(0, offset)));
    }

    @Override
    public List<Order> refusedByCustomsSince(Instant since, long offset, int limit) {
        return withLines(orders.customsNotedSince(UtcTime.of(since), rows(limit), Math.max(0, offset)));
    }

    /** A page's size as asked, within 1 and {@link #MAX_ROWS}. */
    private static int rows(int limit) {
        return Math.max(1, Math.min(limit, MAX_ROWS));
    }

    /** The orders with their lines, read in one statement (the orders first: one result set open at a time). */
    private List<Order> withLines(List<OrderRow> heads) {
        if (heads.isEmpty()) {
            return List.of();
        }
        Map<String, List<OrderLineRow>> byOrder = lines.ofOrders(heads.stream().map(OrderRow::orderNo).toList())
                .stream().collect(Collectors.groupingBy(OrderLineRow::orderNo));
        return heads.stream().map(head -> head.order(byOrder.getOrDefault(head.orderNo(), List.of()).stream()
                .map(OrderLineRow::line).toList())).toList();
    }
}
