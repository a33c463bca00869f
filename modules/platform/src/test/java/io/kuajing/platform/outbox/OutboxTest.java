package io.kuajing.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import io.kuajing.platform.FailedPublications;
import io.kuajing.platform.Outbox;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.jmolecules.event.types.DomainEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxTest implements WithTestDatabase {

    @Inject
    Outbox outbox;

    @Inject
    TransactionOperations<Connection> tx;

    @Inject
    FailedPublications failedPublications;

    @Inject
    EventPublications publications;

    @Test
    void anEventPublishedInACommittedTransactionIsDeliveredAndCompleted() {
        String eventId = publish("committed", 0);

        Eventually.within(Duration.ofSeconds(10), "publication completed",
                () -> status(eventId).equals("COMPLETED"));
        assertEquals(1, Probe.count(tx, "SELECT COUNT(*) FROM outboxprobe_handled WHERE event_id = ?", eventId));
        assertEquals(1, Probe.INVOCATIONS.get(eventId).get());
    }

    @Test
    void aPublicationIsDueWithinTheSecondItWasStoredIn() {
        // Far in the future, so the app's own dispatcher (on the real clock) never takes it first.
        Instant stored = Instant.parse("2099-01-01T00:00:00.600Z");
        String eventId = java.util.UUID.randomUUID().toString();
        tx.executeWrite(status -> {
            publications.insert(List.of(new EventPublications.NewPublication(eventId, "outbox.test.fraction", "Probe", "{}")), stored);
            return null;
        });
        List<Publication> claimed = tx.executeWrite(status -> publications.claim("test", stored.plusMillis(100), stored.plusSeconds(60), 50,
                List.of("outbox.test.fraction")));
        assertEquals(List.of(eventId), claimed.stream().map(Publication::eventId).filter(eventId::equals).toList(),
                "due 0.1 s later, not only once the next whole second comes (MariaDB drops a bound Timestamp's fraction)");
    }

    @Test
    void anEventPublishedInARolledBackTransactionIsNeverStored() {
        assertThrows(IllegalStateException.class, () -> tx.executeWrite(status -> {
            outbox.publish(new Probe.Pinged("rolled-back", 0));
            throw new IllegalStateException("business change failed");
        }));
        assertEquals(0, Probe.count(tx,
                "SELECT COUNT(*) FROM platform_event_publication WHERE serialized_event LIKE '%rolled-back%'"));
    }

    @Test
    void publishingOutsideATransactionIsRefused() {
        assertThrows(RuntimeException.class, () -> outbox.publish(new Probe.Pinged("no-transaction", 0)));
        assertEquals(0, Probe.count(tx,
                "SELECT COUNT(*) FROM platform_event_publication WHERE serialized_event LIKE '%no-transaction%'"));
    }

    @Test
    void aFailingHandlerIsRetriedWithGrowingDelaysAndItsWorkRolledBackEachTime() throws SQLException {
        String eventId = publish("flaky", 2);

        Eventually.within(Duration.ofSeconds(15), "publication completed after two failures",
                () -> status(eventId).equals("COMPLETED"));
        assertEquals(3, Probe.INVOCATIONS.get(eventId).get());
        assertEquals(3, Probe.count(tx,
                "SELECT completion_attempts FROM platform_event_publication WHERE event_id = ?", eventId));
        // The two failed attempts inserted a row too; only the successful one may remain.
        assertEquals(1, Probe.count(tx, "SELECT COUNT(*) FROM outboxprobe_handled WHERE event_id = ?", eventId));
    }

    @Test
    void aHandlerThatNeverSucceedsIsGivenUpAfterMaxAttempts() {
        String eventId = publish("hopeless", 100);

        Eventually.within(Duration.ofSeconds(20), "publication marked FAILED", () -> status(eventId).equals("FAILED"));
        assertEquals(4, Probe.INVOCATIONS.get(eventId).get());
        assertEquals(0, Probe.count(tx, "SELECT COUNT(*) FROM outboxprobe_handled WHERE event_id = ?", eventId));
    }

    @Test
    void aFailedPublicationIsListedAndDeliveredAgainWhenResubmitted() {
        String eventId = publish("resubmitted-later", 4);
        Eventually.within(Duration.ofSeconds(20), "publication marked FAILED", () -> status(eventId).equals("FAILED"));
        var failure = failedPublications.list(100).stream().filter(f -> f.eventId().equals(eventId)).findFirst().orElseThrow();
        assertEquals("probe.recording", failure.handler());
        assertTrue(failure.lastError().contains("planned failure 4 of 4"), failure.lastError());

        // The cause is "fixed": the fifth attempt (counted from the event) succeeds.
        assertTrue(failedPublications.resubmit(failure.id()));
        Eventually.within(Duration.ofSeconds(10), "completed after resubmission", () -> status(eventId).equals("COMPLETED"));
        assertEquals(false, failedPublications.resubmit(failure.id()), "a completed publication is not resubmitted");
        assertEquals(1, Probe.count(tx, "SELECT COUNT(*) FROM outboxprobe_handled WHERE event_id = ?", eventId));
    }

    @Test
    void aDeferredEventIsRetriedBeyondMaxAttemptsAndNeverGivenUp() {
        // max-attempts is 4 in the test configuration: a failing handler would be FAILED after 4.
        String eventId = publish("deferred-six-times", 6);

        Eventually.within(Duration.ofSeconds(30), "completed after six deferrals", () -> status(eventId).equals("COMPLETED"));
        assertEquals(7, Probe.INVOCATIONS.get(eventId).get());
        assertEquals(1, Probe.count(tx, "SELECT COUNT(*) FROM outboxprobe_handled WHERE event_id = ?", eventId));
    }

    @Test
    void anEventWithoutHandlersStoresNothing() {
        tx.executeWrite(status -> {
            outbox.publish(new Probe.Ignored("nobody-listens"));
            return null;
        });
        assertEquals(0, Probe.count(tx,
                "SELECT COUNT(*) FROM platform_event_publication WHERE serialized_event LIKE '%nobody-listens%'"));
    }

    @Test
    void eventsPublishedTogetherAreStoredInOrderForTheirHandlersAndAllDelivered() {
        // More than one statement's worth of rows, and a few events too big to share a statement with many others.
        List<DomainEvent> events = new ArrayList<>();
        for (int n = 0; n < EventPublications.ROWS_PER_INSERT + 7; n++) {
            String padding = n % 250 == 0 ? "x".repeat(EventPublications.CHARS_PER_INSERT / 2) : "";
            events.add(new Probe.Bulk("together", n, padding));
            if (n % 100 == 0) {
                events.add(new Probe.Ignored("together-nobody-listens"));
            }
        }

        tx.executeWrite(status -> {
            outbox.publishAll(events);
            return null;
        });

        List<Integer> stored = tx.executeRead(status -> {
            List<Integer> ns = new ArrayList<>();
            try (PreparedStatement ps = status.getConnection().prepareStatement("SELECT serialized_event, listener_id,"
                    + " event_type FROM platform_event_publication WHERE serialized_event LIKE '%\"together%' ORDER BY id")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        assertEquals("probe.bulk", rs.getString(2));
                        assertEquals(Probe.Bulk.class.getName(), rs.getString(3));
                        ns.add(Integer.parseInt(rs.getString(1).replaceAll(".*\"n\":(\\d+).*", "$1")));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return ns;
        });
        assertEquals(IntStream.range(0, EventPublications.ROWS_PER_INSERT + 7).boxed().toList(), stored,
                "one row per event for its one handler, in publishing order; none for the ignored events");
        Eventually.within(Duration.ofSeconds(30), "every event delivered",
                () -> Probe.BULK_DELIVERED.stream().filter(e -> e.batch().equals("together")).count() == stored.size());
        // A claimed batch's handlers run inside the batch's one transaction: the last batch is seen handled here a
        // moment before its completions commit with it.
        Eventually.within(Duration.ofSeconds(10), "every publication completed", () -> stored.size() == Probe.count(tx,
                "SELECT COUNT(*) FROM platform_event_publication WHERE listener_id = 'probe.bulk' AND status = 'COMPLETED'"
                        + " AND serialized_event LIKE '%\"together%'"));
    }

    @Test
    void eventsPublishedTogetherInARolledBackTransactionAreNeverStored() {
        assertThrows(IllegalStateException.class, () -> tx.executeWrite(status -> {
            outbox.publishAll(List.of(new Probe.Pinged("bulk-rolled-back", 0), new Probe.Bulk("bulk-rolled-back", 1, "")));
            throw new IllegalStateException("business change failed");
        }));
        assertEquals(0, Probe.count(tx,
                "SELECT COUNT(*) FROM platform_event_publication WHERE serialized_event LIKE '%bulk-rolled-back%'"));
    }

    @Test
    void publishingTogetherOutsideATransactionIsRefused() {
        assertThrows(RuntimeException.class, () -> outbox.publishAll(List.of(new Probe.Pinged("bulk-no-transaction", 0))));
        assertThrows(RuntimeException.class, () -> outbox.publishAll(List.of()), "even with nothing to publish");
        assertEquals(0, Probe.count(tx,
                "SELECT COUNT(*) FROM platform_event_publication WHERE serialized_event LIKE '%bulk-no-transaction%'"));
    }

    @Test
    void retryDelaysDoubleUpToTheCap() {
        OutboxSettings settings = new OutboxSettings();
        settings.setFirstRetryDelay(Duration.ofSeconds(1));
        settings.setMaxRetryDelay(Duration.ofSeconds(5));
        List<Duration> delays = new ArrayList<>();
        for (int attempt = 1; attempt <= 5; attempt++) {
            delays.add(settings.retryDelayAfter(attempt));
        }
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(5), Duration.ofSeconds(5)), delays);
    }

    private String publish(String payload, int failures) {
        tx.executeWrite(status -> {
            outbox.publish(new Probe.Pinged(payload, failures));
            return null;
        });
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "SELECT event_id FROM platform_event_publication WHERE serialized_event LIKE ?")) {
                ps.setString(1, "%\"" + payload + "\"%");
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next(), "publication stored");
                    return rs.getString(1);
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private String status(String eventId) {
        return tx.executeRead(status -> {
            try (PreparedStatement ps = status.getConnection().prepareStatement(
                    "SELECT status FROM platform_event_publication WHERE event_id = ?")) {
                ps.setString(1, eventId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "MISSING";
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
