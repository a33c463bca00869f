package io.kuajing.catalog.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/**
 * Hand-written JDBC for the paths that keep it, the catalogue import ({@link JdbcCatalogStore}; why: ADR 0034) and the
 * translation seeding's one read at start ({@link JdbcSeededReference}: a first repository call there costs more than
 * the seeding it skips), on the connection of the current transaction (joining it, or opening one for a lone
 * call); writes go through {@link CatalogWrites} like every other catalog write.
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

    private static <T> T run(Connection connection, Work<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("catalog database access failed: " + e.getMessage(), e);
        }
    }
}
