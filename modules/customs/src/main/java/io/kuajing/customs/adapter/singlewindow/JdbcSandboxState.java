package io.kuajing.customs.adapter.singlewindow;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;

import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.kernel.Money;
import io.kuajing.platform.Transactions;
import io.micronaut.transaction.TransactionOperations;

/** The sandbox's state in the customs_sandbox_* tables (customs migration V5). */
final class JdbcSandboxState implements SandboxState {

    private final Transactions transactions;
    private final TransactionOperations<Connection> connections;

    JdbcSandboxState(Transactions transactions, TransactionOperations<Connection> connections) {
        this.transactions = transactions;
        this.connections = connections;
    }

    @Override
    public <T> T atomically(Supplier<T> work) {
        return transactions.write(work);
    }

    @Override
    public void keep(String orderNo, MessageType type, byte[] xml) {
        // The latest copy of a document replaces the one kept before, in one statement (was a DELETE and an INSERT).
        atomically(() -> update("INSERT INTO customs_sandbox_document (order_no, message_type, xml) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE xml = VALUES(xml)", orderNo, type.name(), xml));
    }

    /**
     * Read with a lock, so it is what committed last: the list's answer runs in the sender's transaction, whose snapshot
     * may be older than the envelope that brought the document (ADR 0047: another sender's, waited for and committed).
     * A plain read answered such lists 三单不全 (10 of 500 in a drain).
     */
    @Override
    public Optional<byte[]> document(String orderNo, MessageType type) {
        return atomically(() -> one("SELECT xml FROM customs_sandbox_document WHERE order_no = ? AND message_type = ?"
                + " FOR UPDATE", rs -> rs.getBytes(1), orderNo, type.name()));
    }

    /**
     * The buyer's row is made (nothing spent) or locked by an upsert before it is read: a locking read or an UPDATE of
     * a missing row locks the gap where it would go, and two outbox batches checking new buyers in one gap each
     * waited to insert into the other's (docs/performance.md, Pipeline, eighth session; as purchase's pools, ADR 0020).
     */
    @Override
    public Money spent(String buyerYear) {
        return atomically(() -> {
            update("INSERT INTO customs_sandbox_ledger (buyer_year, used) VALUES (?, 0) ON DUPLICATE KEY UPDATE used = used",
                    buyerYear);
            return one("SELECT used FROM customs_sandbox_ledger WHERE buyer_year = ? FOR UPDATE",
                    rs -> new Money(rs.getBigDecimal(1), Money.CNY), buyerYear).orElseThrow();
        });
    }

    @Override
    public void spend(String buyerYear, Money amount) {
        atomically(() -> update("INSERT INTO customs_sandbox_ledger (buyer_year, used) VALUES (?, ?)"
                + " ON DUPLICATE KEY UPDATE used = used + VALUES(used)", buyerYear, amount.amount()));
    }

    @Override
    public void numbered(String orderNo, NumberedList list) {
        atomically(() -> update("INSERT INTO customs_sandbox_list (order_no, pre_no, invt_no, buyer_year, counted)"
                + " VALUES (?, ?, ?, ?, ?)", orderNo, list.preNo(), list.invtNo(), list.buyerYear(),
                list.counted() == null ? null : list.counted().amount()));
    }

    @Override
    public Optional<NumberedList> list(String orderNo) {
        return atomically(() -> one("SELECT pre_no, invt_no, buyer_year, counted FROM customs_sandbox_list"
                + " WHERE order_no = ? FOR UPDATE", rs -> new NumberedList(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getBigDecimal(4) == null ? null : new Money(rs.getBigDecimal(4), Money.CNY)), orderNo));
    }

    @Override
    public Money uncount(String orderNo) {
        return atomically(() -> {
            Money counted = list(orderNo).map(NumberedList::counted).orElse(null);
            update("UPDATE customs_sandbox_list SET counted = NULL WHERE order_no = ?", orderNo);
            return counted;
        });
    }

    @Override
    public void refuseNext(String orderNo, String reason) {
        atomically(() -> {
            update("DELETE FROM customs_sandbox_refusal WHERE order_no = ?", orderNo);
            return update("INSERT INTO customs_sandbox_refusal (order_no, reason) VALUES (?, ?)", orderNo, reason);
        });
    }

    @Override
    public Optional<String> takeRefusal(String orderNo) {
        return atomically(() -> {
            Optional<String> reason = one("SELECT reason FROM customs_sandbox_refusal WHERE order_no = ? FOR UPDATE",
                    rs -> rs.getString(1), orderNo);
            reason.ifPresent(r -> update("DELETE FROM customs_sandbox_refusal WHERE order_no = ?", orderNo));
            return reason;
        });
    }

    @Override
    public long nextNumber() {
        return atomically(() -> sql(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO customs_sandbox_number () VALUES ()",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }));
    }

    @Override
    public void schedule(Scheduled receipt) {
        atomically(() -> update("INSERT INTO customs_sandbox_receipt (order_no, message_type, return_status, due_us, body)"
                        + " VALUES (?, ?, ?, ?, ?)", receipt.orderNo(), receipt.type().name(),
                receipt.fields().get("returnStatus"), micros(receipt.due()), body(receipt)));
    }

    @Override
    public void dropPending(String orderNo, Set<MessageType> types) {
        atomically(() -> {
            for (MessageType type : types) {
                update("DELETE FROM customs_sandbox_receipt WHERE order_no = ? AND message_type = ?", orderNo, type.name());
            }
            return null;
        });
    }

    @Override
    public boolean pending(String orderNo, MessageType type, String returnStatus) {
        return atomically(() -> one("SELECT COUNT(*) FROM customs_sandbox_receipt WHERE order_no = ? AND message_type = ?"
                + " AND return_status = ?", rs -> rs.getInt(1), orderNo, type.name(), returnStatus).orElse(0) > 0);
    }

    @Override
    public List<Claimed> claimDue(Instant now, Instant claimedUntil, int max) {
        // At READ COMMITTED: the claim and the settling below meet the answers' INSERTs (Transactions#writeReadCommitted).
        return transactions.writeReadCommitted(() -> {
            // Locked rows are another instance's claim in progress: skipped, not waited for. The rows are read with
            // their lock and claimed in one statement: two statements a batch, not two more per receipt (issue #13).
            List<Claimed> claimed = query("SELECT order_no, message_type, due_us, body, id FROM customs_sandbox_receipt"
                    + " WHERE due_us <= ? AND (claimed_until_us IS NULL OR claimed_until_us < ?) ORDER BY due_us, id LIMIT "
                    + Math.max(1, max) + " FOR UPDATE SKIP LOCKED",
                    rs -> new Claimed(rs.getLong(5), scheduled(rs)), micros(now), micros(now));
            eachById(claimed.stream().map(Claimed::id).toList(),
                    "UPDATE customs_sandbox_receipt SET claimed_until_us = ? WHERE id = ?", micros(claimedUntil));
            return claimed;
        });
    }

    @Override
    public void delivered(List<Long> ids) {
        if (!ids.isEmpty()) {
            transactions.writeReadCommitted(() -> {
                eachById(ids, "DELETE FROM customs_sandbox_receipt WHERE id = ?");
                return null;
            });
        }
    }

    /**
     * {@code statement} for each id, by the primary key, as one JDBC batch: the id bound after {@code parameters}.
     * Not one statement {@code WHERE id IN (…)}: MariaDB weighs a list of ids as that many key lookups against a scan
     * of the whole table, and scans while the table holds less than several rows per id (200 ids: a 1,000-row table
     * scanned, a 3,000-row one not), as the inbox often does, emptying as it is settled. A scanning UPDATE or DELETE
     * reads every row (1,000 to settle 200) and waits for each one another transaction holds: in a 100,000-order
     * drain a fifth of the DELETEs scanned, 378 ms each (docs/performance.md, Pipeline, tenth session). A statement
     * by one key is a lookup of that row whatever the table's size or statistics. Connector/J, with the product's
     * {@code rewriteBatchedStatements}, sends a batch of more than three as one multi-statement round trip (the
     * server still counts a question per statement).
     */
    private void eachById(List<Long> ids, String statement, Object... parameters) {
        if (ids.isEmpty()) {
            return;
        }
        sql(connection -> {
            try (PreparedStatement ps = prepared(connection, statement, parameters)) {
                for (Long id : ids) {
                    ps.setLong(parameters.length + 1, id);
                    ps.addBatch();
                }
                return ps.executeBatch();
            }
        });
    }

    @Override
    public List<Scheduled> pending() {
        return atomically(() -> query("SELECT order_no, message_type, due_us, body FROM customs_sandbox_receipt"
                + " ORDER BY due_us, id", JdbcSandboxState::scheduled));
    }

    /** Fields as f.name, tax lines as t.index.name, in one properties text. */
    private static String body(Scheduled s) {
        Properties p = new Properties();
        s.fields().forEach((k, v) -> p.setProperty("f." + k, v));
        if (s.taxLines() != null) {
            for (int i = 0; i < s.taxLines().size(); i++) {
                int index = i;
                s.taxLines().get(i).forEach((k, v) -> p.setProperty("t." + index + "." + k, v));
            }
        }
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static Scheduled scheduled(ResultSet rs) throws SQLException {
        Properties p = new Properties();
        try {
            p.load(new StringReader(rs.getString(4)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> fields = new HashMap<>();
        Map<Integer, Map<String, String>> lines = new java.util.TreeMap<>();
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("f.")) {
                fields.put(key.substring(2), p.getProperty(key));
            } else {
                String[] parts = key.split("\\.", 3);
                lines.computeIfAbsent(Integer.parseInt(parts[1]), i -> new HashMap<>()).put(parts[2], p.getProperty(key));
            }
        }
        MessageType type = MessageType.valueOf(rs.getString(2));
        return new Scheduled(Instant.EPOCH.plus(rs.getLong(3), ChronoUnit.MICROS), rs.getString(1), type,
                fields, type == MessageType.CEB816 ? new ArrayList<>(lines.values()) : null);
    }

    /**
     * An instant as microseconds since 1970: a number, because MySQL Connector/J cuts timestamp parameters to the
     * second on MariaDB 10.11 (ADR 0028) and receipts are due a fraction of a second apart.
     */
    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    @FunctionalInterface
    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T sql(Work<T> work) {
        try {
            return work.run(connections.getConnection());
        } catch (SQLException e) {
            throw new IllegalStateException("customs sandbox SQL failed: " + e.getMessage(), e);
        }
    }

    private int update(String statement, Object... parameters) {
        return sql(connection -> {
            try (PreparedStatement ps = prepared(connection, statement, parameters)) {
                return ps.executeUpdate();
            }
        });
    }

    private <T> List<T> query(String statement, Row<T> row, Object... parameters) {
        return sql(connection -> {
            try (PreparedStatement ps = prepared(connection, statement, parameters); ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(row.map(rs));
                }
                return rows;
            }
        });
    }

    private <T> Optional<T> one(String statement, Row<T> row, Object... parameters) {
        return query(statement, row, parameters).stream().findFirst();
    }

    private static PreparedStatement prepared(Connection connection, String statement, Object... parameters) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(statement);
        for (int i = 0; i < parameters.length; i++) {
            ps.setObject(i + 1, parameters[i]);
        }
        return ps;
    }
}
