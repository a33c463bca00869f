package io.kuajing.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.kuajing.platform.Outbox;
import io.kuajing.platform.Transactions;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.TestDatabase;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Two app instances on one database, each with its own dispatcher of three workers: every event is handled exactly
 * once, whichever of the six threads claims it. And two workers claiming side by side while events are published do
 * not deadlock each other.
 */
class OutboxConcurrentDispatchersTest {

    private static final int EVENTS = 400;

    @Test
    @SuppressWarnings("unchecked")
    void twoDispatchersOfThreeWorkersEachHandleEachOfNEventsExactlyOnce() {
        Map<String, Object> db = new HashMap<>(TestDatabase.freshDatabaseProperties());
        db.put("kuajing.outbox.workers", 3);
        try (ApplicationContext first = ApplicationContext.builder().environments("test").properties(db).start();
             ApplicationContext second = ApplicationContext.builder().environments("test").properties(db).start()) {
            ApplicationContext[] instances = {first, second};
            for (int i = 0; i < EVENTS; i++) {
                ApplicationContext publisher = instances[i % 2];
                TransactionOperations<Connection> tx = publisher.getBean(TransactionOperations.class);
                Outbox outbox = publisher.getBean(Outbox.class);
                String payload = "concurrent-" + i;
                tx.executeWrite(status -> {
                    outbox.publish(new Probe.Pinged(payload, 0));
                    return null;
                });
            }
            Map<String, String> jdbc = toStrings(db);
            assertEquals(EVENTS, handledWhenAllCompleted(jdbc, "concurrent-"));
            assertEquals(EVENTS, OutboxCrashRecoveryTest.count(jdbc,
                    "SELECT COUNT(*) FROM platform_event_publication WHERE completion_attempts = 1"));
            var eventIds = Probe.INVOCATIONS.entrySet().stream()
                    .filter(e -> e.getValue().get() != 1).map(Map.Entry::getKey).toList();
            assertEquals(java.util.List.of(), eventIds, "events handled more than once");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void twoWorkersClaimingWhileEventsArePublishedLoseNoLockConflict() {
        Map<String, Object> db = new HashMap<>(TestDatabase.freshDatabaseProperties());
        db.put("kuajing.outbox.workers", 2);
        // Small batches: many claims side by side, each soon after a commit woke both workers.
        db.put("kuajing.outbox.batch-size", 5);
        Logger transactionsLog = (Logger) LoggerFactory.getLogger(Transactions.class);
        ListAppender<ILoggingEvent> retried = new ListAppender<>();
        retried.start();
        transactionsLog.addAppender(retried);
        try (ApplicationContext app = ApplicationContext.builder().environments("test").properties(db).start()) {
            TransactionOperations<Connection> tx = app.getBean(TransactionOperations.class);
            Outbox outbox = app.getBean(Outbox.class);
            for (int commit = 0; commit < EVENTS / 10; commit++) {
                int first = commit * 10;
                tx.executeWrite(status -> {
                    outbox.publishAll(IntStream.range(first, first + 10).mapToObj(i -> new Probe.Pinged("two-workers-" + i, 0)).toList());
                    return null;
                });
            }
            Map<String, String> jdbc = toStrings(db);
            assertEquals(EVENTS, handledWhenAllCompleted(jdbc, "two-workers-"), "each handled once");
            assertEquals(EVENTS, OutboxCrashRecoveryTest.count(jdbc,
                    "SELECT COUNT(DISTINCT payload) FROM outboxprobe_handled WHERE payload LIKE 'two-workers-%'"));
            assertEquals(List.of(), retried.list.stream().map(ILoggingEvent::getFormattedMessage).toList(),
                    "no transaction lost a lock conflict and ran again");
        } finally {
            transactionsLog.detachAppender(retried);
        }
    }

    /** Waits until every publication completed, then counts the handled rows whose payload starts with {@code prefix}. */
    private static int handledWhenAllCompleted(Map<String, String> jdbc, String prefix) {
        Eventually.within(Duration.ofSeconds(60), "all publications completed", () -> OutboxCrashRecoveryTest.count(jdbc,
                "SELECT COUNT(*) FROM platform_event_publication WHERE status = 'COMPLETED'") == EVENTS);
        return OutboxCrashRecoveryTest.count(jdbc, "SELECT COUNT(*) FROM outboxprobe_handled WHERE payload LIKE '"
                + prefix + "%'");
    }

    private static Map<String, String> toStrings(Map<String, Object> db) {
        Map<String, String> result = new HashMap<>();
        db.forEach((k, v) -> result.put(k, String.valueOf(v)));
        return result;
    }
}
