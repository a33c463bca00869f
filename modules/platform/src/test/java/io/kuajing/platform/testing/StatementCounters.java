package io.kuajing.platform.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;

import io.micronaut.transaction.TransactionOperations;

/**
 * The statements a piece of work sends, counted by the server itself (its session counters Com_select, Com_insert,
 * Com_update, Com_delete) on the work's own connection: the work runs inside an outer transaction here, so that its
 * own transactions join it and share the connection the counters are read on.
 */
public final class StatementCounters {

    private StatementCounters() {
    }

    /** @return per counter, how much it grew while {@code work} ran */
    public static Map<String, Long> of(TransactionOperations<Connection> tx, Runnable work) {
        return tx.executeWrite(status -> {
            Map<String, Long> before = counters(status.getConnection());
            work.run();
            Map<String, Long> after = counters(status.getConnection());
            after.replaceAll((name, count) -> count - before.get(name));
            return after;
        });
    }

    private static Map<String, Long> counters(Connection connection) {
        try (PreparedStatement show = connection.prepareStatement("SHOW SESSION STATUS WHERE Variable_name IN"
                + " ('Com_select', 'Com_insert', 'Com_update', 'Com_delete')");
             ResultSet rs = show.executeQuery()) {
            Map<String, Long> counters = new TreeMap<>();
            while (rs.next()) {
                counters.put(rs.getString(1), rs.getLong(2));
            }
            return counters;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
