package io.kuajing.catalog.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import io.kuajing.catalog.domain.CatalogChanges;
import io.kuajing.platform.Transactions;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

/**
 * Plain JDBC on the connection of the current transaction (joining it, or opening one for a lone call). Times are
 * stored as UTC wall-clock values so neither the driver nor the server shifts them, as in the platform's outbox.
 */
@Singleton
class Jdbc {

    private final TransactionOperations<Connection> transactions;
    private final Transactions writes;
    private final CatalogChanges changes;

    Jdbc(TransactionOperations<Connection> transactions, Transactions writes, CatalogChanges changes) {
        this.transactions = transactions;
        this.writes = writes;
        this.changes = changes;
    }

    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Binds one row's values from {@code index} on; returns the index after the last one it bound. */
    interface RowBinder<T> {
        int bind(PreparedStatement ps, int index, T row) throws SQLException;
    }

    /** Rows per multi-row statement: big enough that round trips do not count, small enough for any packet limit. */
    static final int ROWS_PER_STATEMENT = 500;

    private static final DateTimeFormatter DATETIME_6 = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    <T> T read(Work<T> work) {
        return transactions.executeRead(status -> run(status.getConnection(), work));
    }

    /**
     * Every write tells {@link CatalogChanges}: when it is made, and when its transaction ends, so that a page read
     * meanwhile from the data as last committed is not kept as current after the commit.
     */
    <T> T write(Work<T> work) {
        // Through the platform's Transactions: a deadlock or lock wait timeout is retried when this is the outermost one.
        return writes.write(() -> {
            changes.changed();
            transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(
                    new TransactionSynchronization() {
                        @Override
                        public void afterCompletion(Status completion) {
                            changes.changed();
                        }
                    }));
            return run(transactions.getConnection(), work);
        });
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        return read(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    List<T> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(mapper.map(rs));
                    }
                    return rows;
                }
            }
        });
    }

    /**
     * A write that changes nothing a product page shows (a worker's lease on its next items): {@link CatalogChanges}
     * is not told, so the translation worker's polling does not empty the page cache every few seconds.
     */
    <T> T bookkeeping(Work<T> work) {
        return writes.write(() -> run(transactions.getConnection(), work));
    }

    int update(String sql, Object... args) {
        return write(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                bind(ps, args);
                return ps.executeUpdate();
            }
        });
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object arg = args[i];
            ps.setObject(i + 1, arg instanceof Instant instant ? utc(instant) : arg);
        }
    }

    /**
     * Writes {@code rows} as multi-row {@code head (?, ...), (?, ...) tail} statements of up to
     * {@link #ROWS_PER_STATEMENT} rows. The driver parses a statement's text again for every prepare, which for a
     * few thousand placeholders costs more than sending the rows, so the full-size statement is prepared once and
     * reused; only a shorter last chunk gets its own. Written out here rather than left to the driver's
     * {@code rewriteBatchedStatements}, so the speed does not depend on a URL flag (and H2 runs the same SQL).
     */
    static <T> void insertRows(Connection connection, String head, int columns, String tail, List<T> rows,
                               RowBinder<T> binder) throws SQLException {
        PreparedStatement full = null;
        try {
            for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
                List<T> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
                boolean isFull = chunk.size() == ROWS_PER_STATEMENT;
                if (isFull && full == null) {
                    full = connection.prepareStatement(multiRow(head, columns, tail, ROWS_PER_STATEMENT));
                }
                PreparedStatement ps = isFull ? full : connection.prepareStatement(multiRow(head, columns, tail, chunk.size()));
                try {
                    int index = 1;
                    for (T row : chunk) {
                        index = binder.bind(ps, index, row);
                    }
                    ps.executeUpdate();
                } finally {
                    if (!isFull) {
                        ps.close();
                    }
                }
            }
        } finally {
            if (full != null) {
                full.close();
            }
        }
    }

    private static String multiRow(String head, int columns, String tail, int rows) {
        String tuple = "(" + placeholders(columns) + ")";
        return head + String.join(", ", java.util.Collections.nCopies(rows, tuple)) + tail;
    }

    /**
     * An instant as the UTC wall-clock text of a DATETIME(6), to bind with {@code setString}: formatted once for a
     * whole page instead of once per row and column by the driver's {@code setTimestamp}, and never shifted by a
     * driver or session time zone. MySQL, MariaDB and H2 all read this text as a DATETIME.
     */
    static String utcText(Instant instant) {
        return DATETIME_6.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    /** "?, ?, ?" for an IN list. */
    static String placeholders(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static <T> T run(Connection connection, Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("catalog database access failed: " + e.getMessage(), e);
        }
    }
}
