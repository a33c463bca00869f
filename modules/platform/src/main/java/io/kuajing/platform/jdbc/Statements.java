package io.kuajing.platform.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One statement on the caller's connection, its values bound in order: for the few statements on a hot path (a
 * checkout's) where Micronaut Data's repository interceptor — resolving the query, its parameters and the result's
 * mapping on every call — cost more CPU than the statement itself (docs/performance.md, "Checkout").
 */
public final class Statements {

    private Statements() {
    }

    /** Runs an INSERT, UPDATE or DELETE; the server's count of rows it changed. */
    public static int update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = prepared(connection, sql, values)) {
            return ps.executeUpdate();
        }
    }

    /** The first column of the query's first row, if it answers one, read as {@code type}. */
    public static <T> Optional<T> firstValue(Connection connection, String sql, Class<T> type, Object... values)
            throws SQLException {
        try (PreparedStatement ps = prepared(connection, sql, values); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(rs.getObject(1, type)) : Optional.empty();
        }
    }

    /** Every row the query answers, each read by {@code row}. */
    public static <T> List<T> rows(Connection connection, String sql, Row<T> row, Object... values)
            throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement ps = prepared(connection, sql, values); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(row.read(rs));
            }
        }
        return rows;
    }

    /** Reads the result set's current row. */
    @FunctionalInterface
    public interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private static PreparedStatement prepared(Connection connection, String sql, Object... values) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < values.length; i++) {
                ps.setObject(i + 1, values[i]);
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }
}
