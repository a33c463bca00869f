package io.kuajing.purchase.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kuajing.platform.jdbc.ConstraintRefusals;
import io.kuajing.platform.testing.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * purchase V12 and V13 on a database that already holds checkouts and stock, as an upgrade meets them: each
 * checkout's key moves onto its first order and is claimed there, the old table goes, and the pools' CHECK
 * constraint accepts the rows every earlier hold left and refuses a pool past its count.
 */
class CheckoutMigrationsTest {

    private static final String ORDER = "INSERT INTO purchase_order (order_no, checkout_id, owner, mode, warehouse,"
            + " status, consignee_name, consignee_phone, consignee_division, consignee_address, freight, total,"
            + " placed_at, version) VALUES ('%s', '%s', '%s', 'DIRECT_MAIL', 'W1', 'PLACED', 'n', '13812345678',"
            + " '310115', 'a', 1, 2, '2026-12-01 00:00:00', 0)";

    @Test
    void anUpgradeMovesEachCheckoutsKeyOntoItsFirstOrderAndChecksThePoolsItHeldFrom() throws SQLException {
        Map<String, String> db = TestDatabase.freshDatabaseProperties();
        migrate(db, "11");
        try (Connection c = connect(db); Statement st = c.createStatement()) {
            st.execute(ORDER.formatted("KJ1A", "c1", "alice"));
            st.execute(ORDER.formatted("KJ1B", "c1", "alice"));
            st.execute(ORDER.formatted("KJ2A", "c2", "bob"));
            st.execute("INSERT INTO purchase_checkout (owner, idempotency_key, checkout_id, request_fingerprint,"
                    + " created_at) VALUES ('alice', 'k1', 'c1', 'f1', '2026-12-01 00:00:00'),"
                    + " ('bob', 'k1', 'c2', 'f2', '2026-12-01 00:00:00')");
            st.execute("INSERT INTO purchase_stock_pool (pool, held, sold, source_count, updated_at) VALUES"
                    + " ('p1', 2, 3, 5, '2026-12-01 00:00:00'), ('p2', 0, 0, NULL, '2026-12-01 00:00:00')");
        }
        migrate(db, "latest");
        try (Connection c = connect(db); Statement st = c.createStatement()) {
            assertEquals(List.of("KJ1A alice k1 f1", "KJ1B alice null null", "KJ2A bob k1 f2"), rows(st,
                    "SELECT order_no, owner, idempotency_key, request_fingerprint FROM purchase_order ORDER BY order_no"));
            assertEquals(List.of(), rows(st, "SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = DATABASE() AND table_name = 'purchase_checkout'"));
            st.execute(ORDER.formatted("KJ3A", "c3", "alice"));
            SQLException keyTaken = assertThrows(SQLException.class, () -> st.executeUpdate(
                    "UPDATE purchase_order SET idempotency_key = 'k1' WHERE order_no = 'KJ3A'"));
            assertTrue(ConstraintRefusals.isDuplicateKey(keyTaken), "alice's k1 is taken by her first order");
            SQLException pastCount = assertThrows(SQLException.class,
                    () -> st.executeUpdate("UPDATE purchase_stock_pool SET held = held + 1 WHERE pool = 'p1'"));
            assertTrue(ConstraintRefusals.isCheckViolation(pastCount, "purchase_stock_pool_within_count"));
        }
    }

    private static void migrate(Map<String, String> db, String target) {
        Flyway.configure().dataSource(db.get("datasources.default.url"), db.get("datasources.default.username"),
                db.get("datasources.default.password")).locations("classpath:db/migration/purchase")
                .table("flyway_history_purchase").target(target).load().migrate();
    }

    private static Connection connect(Map<String, String> db) throws SQLException {
        return DriverManager.getConnection(db.get("datasources.default.url"), db.get("datasources.default.username"),
                db.get("datasources.default.password"));
    }

    private static List<String> rows(Statement st, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(rs.getString(i));
                }
                rows.add(String.join(" ", values));
            }
        }
        return rows;
    }
}
