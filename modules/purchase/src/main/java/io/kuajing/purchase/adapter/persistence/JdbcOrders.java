package io.kuajing.purchase.adapter.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kuajing.platform.UtcTime;
import io.kuajing.platform.jdbc.ConstraintRefusals;
import io.kuajing.platform.jdbc.MultiRowInsert;
import io.kuajing.platform.jdbc.Statements;
import io.kuajing.purchase.OrderNumber;
import io.kuajing.purchase.domain.Checkouts;
import io.kuajing.purchase.domain.ConcurrentOrderChange;
import io.kuajing.purchase.domain.Order;
import io.kuajing.purchase.domain.OrderLine;
import io.kuajing.purchase.domain.OrderStatus;
import io.kuajing.purchase.domain.Orders;
import io.micronaut.transaction.TransactionOperations;
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
    private static final String ORDER_BY_NUMBER = "SELECT " + OrderRow.COLUMNS + " FROM purchase_order WHERE order_no = ?";
    private static final String LINES_OF_ORDER = "SELECT " + OrderLineRow.COLUMNS
            + " FROM purchase_order_line WHERE order_no = ? ORDER BY line_no";
    /**
     * What an order's life changes, only over the version it was read at (optimistic locking): the row count says
     * whether it was. Owner, consignee, lines and amounts are fixed at checkout.
     */
    private static final String UPDATE_AT_VERSION = "UPDATE purchase_order SET status = ?, payment_transaction = ?,"
            + " payer_name = ?, payer_id_number = ?, paid_amount = ?, paid_at = ?, waybill_no = ?,"
            + " cancellation_reason = ?, customs_kind = ?, customs_reason = ?, customs_message = ?,"
            + " customs_next_step = ?, customs_at = ?, delivered_at = ?, version = version + 1"
            + " WHERE order_no = ? AND version = ?";

    private final OrderRows orders;
    private final OrderLineRows lines;
    private final TransactionOperations<Connection> connections;

    JdbcOrders(OrderRows orders, OrderLineRows lines, TransactionOperations<Connection> connections) {
        this.orders = orders;
        this.lines = lines;
        this.connections = connections;
    }

    /**
     * The orders are one INSERT, the first (by number) carrying the key: its unique key (owner, key) makes a twin wait
     * for this transaction and then fail, and the twin's locking read sees the committed row. The lines of all the
     * orders are one more. Written by hand: Micronaut Data's generated insert of the order row took a sixth of a
     * checkout's request-thread CPU in a profile (docs/performance.md, "Checkout").
     */
    @Override
    public Optional<Checkouts.Earlier> place(Checkouts.Claim claim, List<Order> placed) {
        List<Order> byNumber = placed.stream().sorted(Comparator.comparing(o -> o.number().value())).toList();
        List<OrderRow> heads = new ArrayList<>();
        for (Order order : byNumber) {
            heads.add(heads.isEmpty() ? OrderRow.of(order, claim.checkoutId(), claim.key(), claim.requestFingerprint())
                    : OrderRow.of(order, claim.checkoutId(), null, null));
        }
        try {
            insertRows("INSERT INTO purchase_order (" + OrderRow.COLUMNS + ") VALUES ", heads, OrderRow::values);
        } catch (RuntimeException e) {
            if (!ConstraintRefusals.isDuplicateKey(e)) {
                throw e;
            }
            return Optional.of(orders.lockedWithKey(claim.owner(), claim.key()).map(JdbcOrders::earlier).orElseThrow(
                    () -> new IllegalStateException("idempotency key vanished after a duplicate-key error")));
        }
        List<OrderLineRow> rows = new ArrayList<>();
        for (Order order : byNumber) {
            for (int i = 0; i < order.lines().size(); i++) {
                rows.add(OrderLineRow.of(order.number().value(), i + 1, order.lines().get(i)));
            }
        }
        insertRows("INSERT INTO purchase_order_line (" + OrderLineRow.COLUMNS + ") VALUES ", rows, OrderLineRow::values);
        return Optional.empty();
    }

    static Checkouts.Earlier earlier(OrderRow row) {
        return new Checkouts.Earlier(row.checkoutId(), row.requestFingerprint());
    }

    /**
     * One multi-row INSERT (a JDBC batch of server-prepared statements is still a statement per row), each row's
     * values bound in order; a refusal is rethrown with the driver's exception as its cause.
     */
    private <T> void insertRows(String head, List<T> rows, Function<T, Object[]> values) {
        int columns = values.apply(rows.get(0)).length;
        try {
            MultiRowInsert.insertRows(connections.getConnection(), head, columns, "", rows, (ps, i, row) -> {
                Object[] v = values.apply(row);
                for (int c = 0; c < v.length; c++) {
                    ps.setObject(i + c, v[c]);
                }
                return i + v.length;
            });
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write " + rows.size() + " row(s): " + e.getMessage(), e);
        }
    }

    /**
     * Written by hand, as the order read is: every step of an order's journey updates it, and Micronaut Data's
     * interceptor resolved the query and its sixteen parameters anew on every call (docs/performance.md, Pipeline,
     * tenth session).
     */
    @Override
    public void update(Order order) {
        // The checkout's columns are not written by an update: the row built here only carries the changed fields over.
        OrderRow r = OrderRow.of(order);
        int updated;
        try {
            updated = Statements.update(connections.getConnection(), UPDATE_AT_VERSION, r.status(),
                    r.paymentTransaction(), r.payerName(), r.payerIdNumber(), r.paidAmount(), r.paidAt(), r.waybillNo(),
                    r.cancellationReason(), r.customsKind(), r.customsReason(), r.customsMessage(), r.customsNextStep(),
                    r.customsAt(), r.deliveredAt(), r.orderNo(), r.version());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update order " + r.orderNo() + ": " + e.getMessage(), e);
        }
        if (updated != 1) {
            throw new ConcurrentOrderChange(order.number().value());
        }
    }

    @Override
    public Optional<Order> byNumber(OrderNumber number) {
        return one(ORDER_BY_NUMBER, number);
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
        return one(ORDER_BY_NUMBER + " FOR UPDATE", number);
    }

    /**
     * One order and its lines, read and mapped by hand: every step of an order's journey reads it, and Micronaut
     * Data's finder and mapper took about 7% of the pipeline's CPU, more than the two statements themselves
     * (docs/performance.md, Pipeline, ninth session). The lines are read without a lock: they never change after
     * checkout, and a locking range read would lock the gap after them, where another order's lines are inserted.
     */
    private Optional<Order> one(String orderSql, OrderNumber number) {
        return connections.executeRead(status -> {
            try {
                return one(status.getConnection(), orderSql, number);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read order " + number.value() + ": " + e.getMessage(), e);
            }
        });
    }

    private static Optional<Order> one(Connection connection, String orderSql, OrderNumber number) throws SQLException {
        List<OrderRow> heads = Statements.rows(connection, orderSql, OrderRow::read, number.value());
        if (heads.isEmpty()) {
            return Optional.empty();
        }
        List<OrderLine> lines = Statements.rows(connection, LINES_OF_ORDER, rs -> OrderLineRow.read(rs).line(),
                number.value());
        return Optional.of(heads.get(0).order(lines));
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
