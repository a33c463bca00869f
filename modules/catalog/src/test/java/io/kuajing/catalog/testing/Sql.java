package io.kuajing.catalog.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.micronaut.transaction.TransactionOperations;

/** Test queries straight on the tables, to check what the code under test wrote. */
public final class Sql {

    private Sql() {
    }

    public static long count(TransactionOperations<Connection> tx, String sql, Object... args) {
        return Long.parseLong(rows(tx, sql, args).get(0));
    }

    /** Every row as its columns joined with '|', in query order. */
    public static List<String> rows(TransactionOperations<Connection> tx, String sql, Object... args) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    List<String> rows = new ArrayList<>();
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= columns; c++) {
                            row.append(c > 1 ? "|" : "").append(rs.getString(c));
                        }
                        rows.add(row.toString());
                    }
                    return rows;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public static int update(TransactionOperations<Connection> tx, String sql, Object... args) {
        return tx.executeWrite(status -> {
            try (var ps = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                return ps.executeUpdate();
            }
        });
    }
}
