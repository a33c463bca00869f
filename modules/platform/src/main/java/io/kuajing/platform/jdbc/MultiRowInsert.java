package io.kuajing.platform.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * Rows written as multi-row {@code head (?, ...), (?, ...) tail} statements of up to {@link #ROWS_PER_STATEMENT}
 * rows: one statement where a JDBC batch sends one per row. Written out here rather than left to the driver's
 * {@code rewriteBatchedStatements}, which does not rewrite server-side prepared statements (the server counts a
 * statement per row of a batch), so neither the speed nor H2 depends on a driver setting.
 *
 * <p>This package is the platform's kit for persistence adapters (their {@code adapter.persistence} packages), as
 * {@code platform.web.pages} is for web adapters: JDBC is its subject, so it is not in the platform's API package,
 * which stays plain Java (architecture-tests, {@code ModuleBoundaryRules.PLATFORM_PERSISTENCE_KIT}).
 */
public final class MultiRowInsert {

    /** Rows per statement: big enough that round trips do not count, small enough for any packet limit. */
    public static final int ROWS_PER_STATEMENT = 500;

    /** Binds one row's values from {@code index} on; returns the index after the last one it bound. */
    @FunctionalInterface
    public interface RowBinder<T> {
        int bind(PreparedStatement ps, int index, T row) throws SQLException;
    }

    private MultiRowInsert() {
    }

    /**
     * The driver parses a statement's text again for every prepare, which for a few thousand placeholders costs more
     * than sending the rows, so the full-size statement is prepared once and reused; only a shorter last chunk gets
     * its own.
     */
    public static <T> void insertRows(Connection connection, String head, int columns, String tail, List<T> rows,
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

    /** "?, ?, ?" for an IN list or a row. */
    public static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
