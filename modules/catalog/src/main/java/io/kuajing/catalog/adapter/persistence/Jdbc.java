package io.kuajing.catalog.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/**
 * Hand-written JDBC for the paths that keep it, the catalogue import ({@link JdbcCatalogStore}; why: ADR 0034) and the
 * translation seeding's one read at start ({@link JdbcSeededReference}: a first repository call there costs more than
 * the seeding it skips), on the connection of the current transaction (joining it, or opening one for a lone call); writes go through
 * {@link CatalogWrites} like every other catalog write.
 */
@Singleton
class Jdbc {

    private final TransactionOperations<Connection> transactions;
    private final CatalogWrites writes;

    Jdbc(TransactionOperations<Connection> transactions, CatalogWrites writes) {
        this.transactions = transactions;
        this.writes = writes;
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

    <T> T read(Work<T> work) {
        return transactions.executeRead(status -> run(status.getConnection(), work));
    }

    <T> T write(Work<T> work) {
        return writes.write(() -> run(transactions.getConnection(), work));
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

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            ps.setObject(i + 1, args[i]);
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
        return head + String.join(", ", Collections.nCopies(rows, tuple)) + tail;
    }

    /** "?, ?, ?" for an IN list. */
    static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }

    private static <T> T run(Connection connection, Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("catalog database access failed: " + e.getMessage(), e);
        }
    }
}
