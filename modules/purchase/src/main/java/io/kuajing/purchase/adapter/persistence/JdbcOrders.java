package io.kuajing.purchase.adapter.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.MobileNumber;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import io.kuajing.purchase.OrderNumber;
import io.kuajing.purchase.domain.Buyer;
import io.kuajing.purchase.domain.ConcurrentOrderChange;
import io.kuajing.purchase.domain.Consignee;
import io.kuajing.purchase.domain.CustomsNote;
import io.kuajing.purchase.domain.DeliveryWindow;
import io.kuajing.purchase.domain.Order;
import io.kuajing.purchase.domain.OrderLine;
import io.kuajing.purchase.domain.OrderStatus;
import io.kuajing.purchase.domain.Orders;
import io.kuajing.purchase.domain.Payment;
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
    private static final String COLUMNS = """
            order_no, owner, mode, warehouse, status, buyer_name, buyer_id_number, buyer_phone, consignee_name,
            consignee_phone, consignee_division, consignee_address, freight, placed_at, payment_transaction,
            payer_name, payer_id_number, paid_amount, paid_at, waybill_no, cancellation_reason, version, promised_earliest,
            promised_latest, customs_kind, customs_reason, customs_message, customs_next_step, customs_at, delivered_at""";

    private final TransactionOperations<Connection> transactions;

    JdbcOrders(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(Order order, String checkoutId) {
        try (PreparedStatement ps = connection().prepareStatement("""
                INSERT INTO purchase_order (order_no, checkout_id, owner, mode, warehouse, status, buyer_name,
                  buyer_id_number, buyer_phone, consignee_name, consignee_phone, consignee_division, consignee_address,
                  freight, total, placed_at, promised_earliest, promised_latest, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")) {
            Buyer buyer = order.buyer();
            Consignee consignee = order.consignee();
            ps.setString(1, order.number().value());
            ps.setString(2, checkoutId);
            ps.setString(3, order.owner());
            ps.setString(4, order.mode().name());
            ps.setString(5, order.warehouse());
            ps.setString(6, order.status().name());
            ps.setString(7, buyer == null ? null : buyer.realName());
            ps.setString(8, buyer == null ? null : buyer.idNumber().value());
            ps.setString(9, buyer == null ? null : buyer.phone().value());
            ps.setString(10, consignee.name());
            ps.setString(11, consignee.phone().value());
            ps.setString(12, consignee.divisionCode());
            ps.setString(13, consignee.address());
            ps.setBigDecimal(14, order.freight().amount());
            ps.setBigDecimal(15, order.total().amount());
            ps.setTimestamp(16, utc(order.placedAt()));
            // LocalDate as such: java.sql.Date would pass through the JVM's default time zone.
            ps.setObject(17, order.promised() == null ? null : order.promised().earliest());
            ps.setObject(18, order.promised() == null ? null : order.promised().latest());
            ps.executeUpdate();
            insertLines(order);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store order " + order.number(), e);
        }
    }

    private void insertLines(Order order) throws SQLException {
        try (PreparedStatement ps = connection().prepareStatement("""
                INSERT INTO purchase_order_line (order_no, line_no, sku, title, hs_code, quantity, unit_price, tax,
                  unit_weight_grams, origin_country, ships_from_country, brand, specification, source_marketplace)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int lineNo = 1;
            for (OrderLine line : order.lines()) {
                ps.setString(1, order.number().value());
                ps.setInt(2, lineNo++);
                ps.setString(3, line.sku().value());
                ps.setString(4, line.title());
                ps.setString(5, line.hsCode() == null ? null : line.hsCode().value());
                ps.setInt(6, line.quantity());
                ps.setBigDecimal(7, line.unitPrice().amount());
                ps.setBigDecimal(8, line.tax().amount());
                ps.setObject(9, line.unitWeightGrams());
                ps.setString(10, line.origin() == null ? null : line.origin().value());
                ps.setString(11, line.shipsFrom() == null ? null : line.shipsFrom().value());
                ps.setString(12, line.brand());
                ps.setString(13, line.specification());
                ps.setString(14, line.sourceMarketplace());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    @Override
    public void update(Order order) {
        try (PreparedStatement ps = connection().prepareStatement("""
                UPDATE purchase_order SET status = ?, payment_transaction = ?, payer_name = ?, payer_id_number = ?,
                  paid_amount = ?, paid_at = ?, waybill_no = ?, cancellation_reason = ?, customs_kind = ?,
                  customs_reason = ?, customs_message = ?, customs_next_step = ?, customs_at = ?, delivered_at = ?,
                  version = version + 1
                WHERE order_no = ? AND version = ?""")) {
            Payment payment = order.payment();
            CustomsNote note = order.customsNote();
            ps.setString(1, order.status().name());
            ps.setString(2, payment == null ? null : payment.transactionId());
            ps.setString(3, payment == null ? null : payment.payerName());
            ps.setString(4, payment == null ? null : payment.payerId().value());
            ps.setBigDecimal(5, payment == null ? null : payment.amount().amount());
            ps.setTimestamp(6, payment == null ? null : utc(payment.paidAt()));
            ps.setString(7, order.waybillNumber());
            ps.setString(8, order.cancellationReason());
            ps.setString(9, note == null ? null : note.kind().name());
            ps.setString(10, note == null ? null : note.reason());
            ps.setString(11, note == null ? null : note.message());
            ps.setString(12, note == null ? null : note.nextStep().name());
            ps.setTimestamp(13, note == null ? null : utc(note.at()));
            ps.setTimestamp(14, order.deliveredAt() == null ? null : utc(order.deliveredAt()));
            ps.setString(15, order.number().value());
            ps.setInt(16, order.version());
            if (ps.executeUpdate() != 1) {
                throw new ConcurrentOrderChange(order.number().value());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot update order " + order.number(), e);
        }
    }

    @Override
    public Optional<Order> byNumber(OrderNumber number) {
        return select("WHERE order_no = ?", number.value()).stream().findFirst();
    }

    @Override
    public List<Order> ownedBy(String owner) {
        return select("WHERE owner = ? ORDER BY placed_at DESC LIMIT 200", owner);
    }

    @Override
    public List<Order> placedBy(String checkoutId) {
        return select("WHERE checkout_id = ? ORDER BY order_no", checkoutId);
    }

    @Override
    public List<Order> withStatus(OrderStatus status, long offset, int limit) {
        return select("WHERE status = ? ORDER BY placed_at, order_no" + window(offset, limit), status.name());
    }

    @Override
    public Optional<Order> lockedByNumber(OrderNumber number) {
        return select("WHERE order_no = ? FOR UPDATE", number.value()).stream().findFirst();
    }

    @Override
    public List<Order> withStatusPlacedBefore(Set<OrderStatus> statuses, Instant before, long offset, int limit) {
        List<Object> parameters = new ArrayList<>();
        statuses.forEach(status -> parameters.add(status.name()));
        parameters.add(utc(before));
        // <=, not <: on MariaDB the driver sends times cut to the second (ADR 0028), so an order placed in the
        // cutoff's own second is stored at that second and must still count as placed before it.
        return select("WHERE status IN (" + String.join(", ", Collections.nCopies(statuses.size(), "?"))
                + ") AND placed_at <= ? ORDER BY placed_at, order_no" + window(offset, limit), parameters.toArray());
    }

    @Override
    public List<Order> refusedByCustomsSince(Instant since, long offset, int limit) {
        return select("WHERE customs_at >= ? ORDER BY customs_at DESC, order_no" + window(offset, limit), utc(since));
    }

    /**
     * LIMIT and OFFSET as literals of checked numbers: the database skips to the page itself, so every page of a
     * listing can be reached (reading everything up to it and cutting in Java stopped at 500 rows). A tie-breaker in
     * each ORDER BY keeps pages from overlapping when times are equal.
     */
    private static String window(long offset, int limit) {
        return " LIMIT " + Math.max(1, Math.min(limit, MAX_ROWS)) + " OFFSET " + Math.max(0, offset);
    }

    private List<Order> select(String where, Object... parameters) {
        try (PreparedStatement ps = connection().prepareStatement("SELECT " + COLUMNS + " FROM purchase_order " + where)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            List<Order> found = new ArrayList<>();
            // Rows first, lines after: one result set open at a time on the connection.
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(Row.of(rs));
                }
            }
            for (Row row : rows) {
                found.add(row.toOrder(lines(row.orderNo())));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read orders", e);
        }
    }

    /** One purchase_order row, typed. */
    private record Row(String orderNo, String owner, String mode, String warehouse, String status, String buyerName,
                       String buyerId, String buyerPhone, String consigneeName, String consigneePhone,
                       String consigneeDivision, String consigneeAddress, BigDecimal freight, Timestamp placedAt,
                       String paymentTransaction, String payerName, String payerId, BigDecimal paidAmount,
                       Timestamp paidAt, String waybillNo, String cancellationReason, int version,
                       java.time.LocalDate promisedEarliest, java.time.LocalDate promisedLatest, String customsKind,
                       String customsReason, String customsMessage, String customsNextStep, Timestamp customsAt,
                       Timestamp deliveredAt) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                    rs.getString(11), rs.getString(12), rs.getBigDecimal(13), rs.getTimestamp(14), rs.getString(15),
                    rs.getString(16), rs.getString(17), rs.getBigDecimal(18), rs.getTimestamp(19), rs.getString(20),
                    rs.getString(21), rs.getInt(22), rs.getObject(23, java.time.LocalDate.class), rs.getObject(24, java.time.LocalDate.class),
                    rs.getString(25), rs.getString(26), rs.getString(27), rs.getString(28), rs.getTimestamp(29),
                    rs.getTimestamp(30));
        }

        Order toOrder(List<OrderLine> lines) {
            Buyer buyer = buyerName == null ? null
                    : new Buyer(buyerName, ChineseIdNumber.of(buyerId), new MobileNumber(buyerPhone));
            Consignee consignee = new Consignee(consigneeName, new MobileNumber(consigneePhone), consigneeDivision,
                    consigneeAddress);
            Payment payment = paymentTransaction == null ? null : new Payment(paymentTransaction, payerName,
                    ChineseIdNumber.of(payerId), new Money(paidAmount, Money.CNY), instant(paidAt));
            return Order.restore(new OrderNumber(orderNo), owner, FulfilmentMode.valueOf(mode), warehouse, buyer,
                    consignee, lines, new Money(freight, Money.CNY), instant(placedAt),
                    promisedEarliest == null || promisedLatest == null ? null : new DeliveryWindow(promisedEarliest, promisedLatest),
                    OrderStatus.valueOf(status),
                    payment, waybillNo, cancellationReason, customsKind == null ? null : new CustomsNote(
                            CustomsNote.Kind.valueOf(customsKind), customsReason, customsMessage,
                            CustomsNote.NextStep.valueOf(customsNextStep), instant(customsAt)), instant(deliveredAt), version);
        }
    }

    private List<OrderLine> lines(String orderNo) throws SQLException {
        List<OrderLine> lines = new ArrayList<>();
        try (PreparedStatement ps = connection().prepareStatement("""
                SELECT sku, title, hs_code, quantity, unit_price, tax, unit_weight_grams, origin_country,
                  ships_from_country, brand, specification, source_marketplace
                FROM purchase_order_line
                WHERE order_no = ? ORDER BY line_no""")) {
            ps.setString(1, orderNo);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(new OrderLine(new Sku(rs.getString(1)), rs.getString(2),
                            rs.getString(3) == null ? null : HsCode.of(rs.getString(3)), rs.getInt(4),
                            new Money(rs.getBigDecimal(5), Money.CNY), new Money(rs.getBigDecimal(6), Money.CNY),
                            (Integer) rs.getObject(7, Integer.class),
                            rs.getString(8) == null ? null : CountryCode.of(rs.getString(8)),
                            rs.getString(9) == null ? null : CountryCode.of(rs.getString(9)),
                            rs.getString(10), rs.getString(11), rs.getString(12)));
                }
            }
        }
        return lines;
    }

    private Connection connection() {
        return transactions.getConnection();
    }

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
