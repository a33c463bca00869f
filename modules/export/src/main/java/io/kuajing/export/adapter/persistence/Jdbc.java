package io.kuajing.export.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import io.micronaut.transaction.TransactionOperations;

/** The few JDBC steps the export tables need, on the connection of the current transaction; times are kept in UTC. */
final class Jdbc {

    interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private final TransactionOperations<Connection> transactions;

    Jdbc(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    int update(String sql, Binder binder) {
        try (PreparedStatement st = transactions.getConnection().prepareStatement(sql)) {
            binder.bind(st);
            return st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("export: cannot run " + firstWords(sql), e);
        }
    }

    <T> List<T> query(String sql, Binder binder, Row<T> row) {
        try (PreparedStatement st = transactions.getConnection().prepareStatement(sql)) {
            binder.bind(st);
            try (ResultSet rs = st.executeQuery()) {
                List<T> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(row.read(rs));
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("export: cannot run " + firstWords(sql), e);
        }
    }

    static Timestamp utc(Instant at) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }

    static Instant utc(Timestamp at) {
        return at.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    /** H2 reports a duplicate key as SQLState 23505, MySQL as 23000 (error 1062). */
    static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private static String firstWords(String sql) {
        String s = sql.strip().replaceAll("\\s+", " ");
        return s.length() > 40 ? s.substring(0, 40) : s;
    }
}
