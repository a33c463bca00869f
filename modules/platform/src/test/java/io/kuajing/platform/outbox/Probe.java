package io.kuajing.platform.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.kuajing.platform.EventDeferred;
import io.kuajing.platform.EventHandler;
import io.kuajing.platform.EventMetadata;
import io.kuajing.platform.ModuleSchema;
import io.micronaut.context.annotation.Factory;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.jmolecules.event.types.DomainEvent;

/** Test events and handlers that leave a trace in the database and in memory. */
final class Probe {

    private Probe() {
    }

    /** An event a test publishes; {@code failures} tells the flaky handler how often to fail first. */
    record Pinged(String payload, int failures) implements DomainEvent {
    }

    /** An event published in bulk; its handler only counts. */
    record Bulk(String batch, int n, String padding) implements DomainEvent {
    }

    /** An event nobody handles. */
    record Ignored(String payload) implements DomainEvent {
    }

    /** Invocations per event id, across every app context in this JVM. */
    static final Map<String, AtomicInteger> INVOCATIONS = new ConcurrentHashMap<>();

    @Factory
    static class Schema {
        @Singleton
        ModuleSchema outboxProbeSchema() {
            return new ModuleSchema("outboxprobe");
        }
    }

    /** Writes a row per event in its transaction, then fails as often as the event asks. */
    @Singleton
    static class RecordingHandler implements EventHandler<Pinged> {

        private final TransactionOperations<Connection> transactions;

        RecordingHandler(TransactionOperations<Connection> transactions) {
            this.transactions = transactions;
        }

        @Override
        public String id() {
            return "probe.recording";
        }

        @Override
        public Class<Pinged> eventType() {
            return Pinged.class;
        }

        @Override
        public void handle(Pinged event, EventMetadata metadata) {
            int invocation = INVOCATIONS.computeIfAbsent(metadata.eventId(), k -> new AtomicInteger()).incrementAndGet();
            try (PreparedStatement ps = transactions.getConnection().prepareStatement(
                    "INSERT INTO outboxprobe_handled (event_id, handler_id, payload) VALUES (?, ?, ?)")) {
                ps.setString(1, metadata.eventId());
                ps.setString(2, id());
                ps.setString(3, event.payload());
                ps.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            if (invocation <= event.failures()) {
                // Thrown after the insert: the insert must be rolled back with the failed attempt.
                if (event.payload().startsWith("deferred")) {
                    throw new EventDeferred("planned deferral " + invocation + " of " + event.failures());
                }
                throw new IllegalStateException("planned failure " + invocation + " of " + event.failures());
            }
        }
    }

    /** Bulk events as delivered, across every app context in this JVM. */
    static final List<Bulk> BULK_DELIVERED = new CopyOnWriteArrayList<>();

    @Factory
    static class BulkHandlers {
        @Singleton
        EventHandler<Bulk> bulkHandler() {
            return new io.kuajing.platform.testing.RecordingHandler<>("probe.bulk", Bulk.class, BULK_DELIVERED);
        }
    }

    static int count(TransactionOperations<Connection> tx, String sql, Object... args) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
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
