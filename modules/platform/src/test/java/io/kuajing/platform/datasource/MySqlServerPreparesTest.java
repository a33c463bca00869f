package io.kuajing.platform.datasource;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What the driver settings do on the wire, read from the server's own per-session counters: the product's statements
 * are prepared once by the server and then only executed (binary protocol: no SQL text parsed, no bytes escaped).
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MySqlServerPreparesTest implements WithTestDatabase {

    @Inject
    DataSource dataSource;

    @Test
    void aStatementUsedAgainIsPreparedOnceByTheServerAndExecutedEachTime() throws SQLException {
        try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            long prepared = counter(c, "Com_stmt_prepare");
            long executed = counter(c, "Com_stmt_execute");
            for (int i = 0; i < 3; i++) {
                try (PreparedStatement ps = c.prepareStatement("SELECT ? + 1")) {
                    ps.setInt(1, i);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        assertEquals(i + 1, rs.getInt(1));
                    }
                }
            }
            assertEquals(1, counter(c, "Com_stmt_prepare") - prepared, "prepared by the server once, then cached");
            assertEquals(3, counter(c, "Com_stmt_execute") - executed, "executed by the server each time");
        }
    }

    private static long counter(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW SESSION STATUS LIKE '" + name + "'")) {
            rs.next();
            return rs.getLong(2);
        }
    }
}
