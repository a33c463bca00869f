package io.kuajing.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;

/**
 * A real process commits an event and dies before dispatch; a new app instance started afterwards delivers it.
 * Also: a dispatcher that died holding a lease loses the publication to the next instance once the lease ends.
 */
class OutboxCrashRecoveryTest {

    @Test
    void anEventCommittedByAProcessThatDiedBeforeDispatchIsDeliveredAfterRestart() throws Exception {
        Map<String, String> db = TestDatabase.freshDatabaseProperties();
        runCrashingPublisher(db, "crash-before-dispatch");
        assertEquals("PUBLISHED", statusOf(db, "crash-before-dispatch"), "left pending by the dead process");

        try (ApplicationContext restarted = start(db)) {
            Eventually.within(Duration.ofSeconds(10), "delivered after restart",
                    () -> "COMPLETED".equals(statusOf(db, "crash-before-dispatch")));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM outboxprobe_handled WHERE payload = 'crash-before-dispatch'"));
        }
    }

    @Test
    void aPublicationLeasedByADeadDispatcherIsTakenOverWhenTheLeaseEnds() throws Exception {
        Map<String, String> db = TestDatabase.freshDatabaseProperties();
        runCrashingPublisher(db, "crash-while-processing");
        // As if a dispatcher had claimed it and died: leased to a dead instance until a moment ago.
        update(db, "UPDATE platform_event_publication SET claimed_by = 'dispatcher-dead', "
                + "lease_until = TIMESTAMPADD(SECOND, -1, UTC_TIMESTAMP(6)) WHERE serialized_event LIKE '%crash-while-processing%'");

        try (ApplicationContext restarted = start(db)) {
            Eventually.within(Duration.ofSeconds(10), "taken over and delivered",
                    () -> "COMPLETED".equals(statusOf(db, "crash-while-processing")));
            assertEquals(1, count(db, "SELECT COUNT(*) FROM platform_event_publication "
                    + "WHERE serialized_event LIKE '%crash-while-processing%' AND last_resubmission_date IS NOT NULL"));
        }
    }

    private static void runCrashingPublisher(Map<String, String> db, String payload) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashingPublisher.class.getName(),
                db.get("datasources.default.url"), db.get("datasources.default.username"), payload,
                db.get("datasources.default.password"))
                .redirectErrorStream(true)
                .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "kuajing-crashing-publisher.log"))
                .start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("crashing publisher did not finish");
        }
        assertEquals(CrashingPublisher.DIED, process.exitValue(), "the publisher died where planned");
    }

    private static ApplicationContext start(Map<String, String> db) {
        Map<String, Object> properties = new HashMap<>(db);
        return ApplicationContext.builder().environments("test").properties(properties).start();
    }

    static String statusOf(Map<String, String> db, String payload) {
        try (Connection c = connect(db); PreparedStatement ps = c.prepareStatement(
                "SELECT status FROM platform_event_publication WHERE serialized_event LIKE ?")) {
            ps.setString(1, "%\"" + payload + "\"%");
            try (ResultSet rs = ps.executeQuery()) {
                assertNotNull(rs.next() ? "" : null, "publication of " + payload + " stored");
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static int count(Map<String, String> db, String sql) {
        try (Connection c = connect(db); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void update(Map<String, String> db, String sql) {
        try (Connection c = connect(db); PreparedStatement ps = c.prepareStatement(sql)) {
            assertEquals(1, ps.executeUpdate(), sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Connection connect(Map<String, String> db) throws SQLException {
        return DriverManager.getConnection(db.get("datasources.default.url"),
                db.get("datasources.default.username"), db.get("datasources.default.password"));
    }

}
