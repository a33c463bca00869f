package io.kuajing.customs.adapter.persistence;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.kuajing.kernel.Money;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/**
 * Plain SQL on the connection of the caller's transaction, for the export declarations' table only (the import side's
 * tables are on Micronaut Data repositories, ADR 0017). Times are stored as UTC wall-clock values, as the platform's
 * outbox does.
 */
@Singleton
class Sql {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final TransactionOperations<Connection> transactions;

    Sql(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    int update(String sql, Object... parameters) {
        try (PreparedStatement ps = prepare(sql, parameters)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... parameters) {
        try (PreparedStatement ps = prepare(sql, parameters); ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... parameters) {
        return query(sql, mapper, parameters).stream().findFirst();
    }

    /**
     * The order_no of the row found by the first of {@code keys} (column, value; null values skipped) that finds one:
     * a receipt names its declaration by whichever number it carries.
     */
    Optional<String> firstOrderNo(String table, String[][] keys) {
        for (String[] key : keys) {
            if (key[1] != null) {
                Optional<String> order = one("SELECT order_no FROM " + table + " WHERE " + key[0] + " = ?",
                        rs -> rs.getString(1), key[1]);
                if (order.isPresent()) {
                    return order;
                }
            }
        }
        return Optional.empty();
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement ps = transactions.getConnection().prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            ps.setObject(i + 1, jdbc(parameters[i]));
        }
        return ps;
    }

    private static Object jdbc(Object value) {
        if (value instanceof Money money) {
            return money.amount();
        }
        if (value instanceof Instant instant) {
            return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
        if (value instanceof LocalDate date) {
            return Date.valueOf(date);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value;
    }

    /** Keeps the SQLException as cause, so callers can tell a deadlock (retry) from a bug. */
    private static DataAccessException failure(String sql, SQLException e) {
        String statement = sql.strip().split("\\s+", 3)[0] + " " + sql.strip().split("\\s+", 3)[1];
        return new DataAccessException("customs SQL failed (" + statement + "...): " + e.getMessage(), e);
    }
}
