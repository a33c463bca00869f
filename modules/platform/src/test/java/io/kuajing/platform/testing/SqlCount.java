package io.kuajing.platform.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.micronaut.transaction.TransactionOperations;

/** One number read straight from the database (a count or a sum), for tests that check what was really written. */
public final class SqlCount {

    private SqlCount() {
    }

    public static int of(TransactionOperations<Connection> tx, String sql, Object... parameters) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    ps.setObject(i + 1, parameters[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
