package io.kuajing.customs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kuajing.customs.domain.declaration.CustomsMessages;
import io.kuajing.customs.domain.declaration.DeclarationRecords;
import io.kuajing.customs.domain.declaration.MessageSchema;
import io.kuajing.customs.domain.declaration.QueuedMessage;
import io.kuajing.customs.domain.declaration.Signer;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import io.kuajing.customs.domain.declaration.SingleWindow;
import io.kuajing.customs.support.SampleOrders;
import io.kuajing.platform.EventMetadata;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * The single window compares an inventory list with the order, payment and waybill it already holds: a CEB621 that
 * arrives first is refused. Whichever of an order's queued messages a worker is handed, the order's waiting messages
 * go over in their order, each once, even when two workers pick the same order's events at the same moment.
 */
@MicronautTest(environments = "test", transactional = false)
class SendingToSingleWindowTest implements WithTestDatabase {

    @Inject
    DeclarationRecords records;
    @Inject
    CustomsMessages messages;
    @Inject
    Signer signer;
    @Inject
    MessageSchema schema;
    @Inject
    TransactionOperations<Connection> tx;

    /** The single window as seen from here: what reached it, in arrival order; slow enough to overlap two senders. */
    static final class RecordingSingleWindow implements SingleWindow {
        final List<String> arrived = Collections.synchronizedList(new ArrayList<>());
        final List<OutgoingMessage> messages = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void send(OutgoingMessage message) {
            arrived.add(message.type().name());
            messages.add(message);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public List<Delivered> collect(int max) {
            return List.of();
        }
    }

    final RecordingSingleWindow window = new RecordingSingleWindow();

    SendingToSingleWindow sender() {
        return new SendingToSingleWindow(records, messages, signer, schema, window, Clock.systemUTC());
    }

    static String orderNo() {
        return "KJSEND" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** Keeps the messages as one declaring change does: in one transaction, at one instant, in the order given. */
    List<OutgoingMessage> keep(String orderNo, Instant at, MessageType... types) {
        List<OutgoingMessage> kept = new ArrayList<>();
        for (MessageType type : types) {
            kept.add(new OutgoingMessage(type, orderNo, UUID.randomUUID().toString().toUpperCase(Locale.ROOT),
                    ("<" + type.name() + "Message/>").getBytes(StandardCharsets.UTF_8)));
        }
        tx.executeWrite(status -> {
            kept.forEach(message -> records.sent(message, at));
            return null;
        });
        return kept;
    }

    void handle(OutgoingMessage queued) {
        handle(queued.guid(), queued.orderNo(), queued.type());
    }

    void handle(String guid, String orderNo, MessageType type) {
        tx.executeWrite(status -> {
            sender().handle(new CustomsMessageQueued(guid, orderNo, type.name()), new EventMetadata(guid, Instant.now(), 1));
            return null;
        });
    }

    @Test
    void theInventoryListsEventSendsTheDocumentsFirstAndTheirOwnEventsThenSendNothing() {
        String orderNo = orderNo();
        // Kept with the list first: the order the messages are handed over in must not depend on the keeping order.
        List<OutgoingMessage> kept = keep(orderNo, Instant.now(),
                MessageType.CEB621, MessageType.CEB511, MessageType.CEB311, MessageType.CEB411);

        handle(kept.get(0));
        kept.forEach(this::handle);

        assertEquals(List.of("CEB311", "CEB411", "CEB511", "CEB621"), window.arrived);
        assertEquals(List.of(), tx.executeRead(status -> records.messages(orderNo)).stream()
                .filter(m -> m.deliveredAt() == null).toList(), "every kept message is marked delivered");
    }

    @Test
    void twoWorkersOnOneOrderAtOnceSendEachMessageOnceInOrder() throws Exception {
        String orderNo = orderNo();
        Instant declared = Instant.now();
        List<OutgoingMessage> kept = keep(orderNo, declared,
                MessageType.CEB311, MessageType.CEB411, MessageType.CEB511, MessageType.CEB621);
        OutgoingMessage cancellation = keep(orderNo, declared.plusSeconds(1), MessageType.CEB623).get(0);

        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (OutgoingMessage queued : List.of(cancellation, kept.get(3))) {
                done.add(workers.submit(() -> {
                    start.await();
                    handle(queued);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> each : done) {
                each.get(30, TimeUnit.SECONDS);
            }
        } finally {
            workers.shutdownNow();
        }

        assertEquals(List.of("CEB311", "CEB411", "CEB511", "CEB621", "CEB623"), window.arrived);
    }

    /**
     * An import declaration's messages as declaring keeps them, unsigned, under a sender of this test's own (the
     * envelope takes no other test's waiting messages).
     */
    List<QueuedMessage> waiting(String orderNo, String sender) {
        List<QueuedMessage> kept = messages.declare(SampleOrders.directMail(orderNo), "COP" + orderNo, Instant.now()).stream()
                .map(m -> new QueuedMessage(m.type(), m.orderNo(), m.guid(), sender, m.xml())).toList();
        tx.executeWrite(status -> {
            kept.forEach(message -> records.waiting(message, Instant.now()));
            return null;
        });
        return kept;
    }

    void handle(QueuedMessage queued) {
        handle(queued.guid(), queued.orderNo(), queued.type());
    }

    /** The order numbers a message carries, in order (each document's head names its order). */
    static List<String> ordersIn(OutgoingMessage message) {
        String xml = new String(message.xml(), StandardCharsets.UTF_8);
        List<String> orders = new ArrayList<>();
        Matcher m = Pattern.compile("<ceb:(Order|Payment|Logistics|Inventory)Head>.*?<ceb:orderNo>([^<]+)</ceb:orderNo>",
                Pattern.DOTALL).matcher(xml);
        while (m.find()) {
            orders.add(m.group(2));
        }
        return orders;
    }

    List<String> envelopesOf(List<String> orderNos) {
        return orderNos.stream().flatMap(o -> tx.executeRead(status -> records.messages(o)).stream())
                .map(DeclarationRecords.SentMessage::envelopeGuid).distinct().toList();
    }

    @Test
    void oneEventSendsTheWaitingOrdersAsOneSignedMessagePerKindInTheirOrderAndTheOthersSendNothing() {
        String sender = "S" + orderNo();
        List<String> orders = List.of(orderNo(), orderNo(), orderNo());
        List<List<QueuedMessage>> kept = orders.stream().map(o -> waiting(o, sender)).toList();

        handle(kept.get(1).get(0));
        kept.forEach(k -> handle(k.get(3)));

        assertEquals(List.of("CEB311", "CEB411", "CEB511", "CEB621"), window.arrived, "one message per kind, lists last");
        for (OutgoingMessage sent : window.messages) {
            assertEquals(orders.stream().sorted().toList(), ordersIn(sent).stream().sorted().toList(), sent.toString());
            assertTrue(schema.violation(sent).isEmpty(), sent + " conforms");
        }
        assertEquals(4, envelopesOf(orders).size(), "each row names the message it went in, one per kind");
        assertEquals(window.messages.stream().map(OutgoingMessage::guid).sorted().toList(),
                envelopesOf(orders).stream().sorted().toList());
    }

    @Test
    void anInventoryListJoinsAnotherOrdersMessageOnlyOnceItsOwnDocumentsWent() throws Exception {
        String sender = "S" + orderNo();
        List<QueuedMessage> first = waiting(orderNo(), sender);
        List<QueuedMessage> second = waiting(orderNo(), sender);

        // Another sender holds the second order's CEB311 (as a worker sending it would): it is skipped, not waited for.
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService holder = Executors.newSingleThreadExecutor();
        try {
            Future<?> holding = holder.submit(() -> tx.executeWrite(status -> {
                records.lockEnvelopeOf(second.get(0).guid(), 1);
                held.countDown();
                release.await(30, TimeUnit.SECONDS);
                return null;
            }));
            held.await(30, TimeUnit.SECONDS);
            handle(first.get(0));
            release.countDown();
            holding.get(30, TimeUnit.SECONDS);
        } finally {
            holder.shutdownNow();
        }

        assertEquals(List.of("CEB311", "CEB411", "CEB511", "CEB621"), window.arrived);
        assertEquals(List.of(first.get(0).orderNo()), ordersIn(window.messages.get(0)), "the held order skipped");
        assertEquals(2, ordersIn(window.messages.get(1)).size(), "the second order's payment went");
        assertEquals(List.of(first.get(0).orderNo()), ordersIn(window.messages.get(3)),
                "the second order's list waits for its order (CEB311) to go");

        handle(second.get(0));
        assertEquals(List.of("CEB311", "CEB411", "CEB511", "CEB621", "CEB311", "CEB621"), window.arrived,
                "its own event sends the rest, the list after the order");
    }

    /**
     * An envelope customs' schema would refuse as a whole goes per order instead, so that the one order whose document
     * does not conform is kept back alone (here a schema that refuses any message naming that order).
     */
    @Test
    void anEnvelopeThatDoesNotConformGoesPerOrderAndOnlyTheBadOrderIsKeptBack() {
        String sender = "S" + orderNo();
        List<String> orders = List.of(orderNo(), orderNo(), orderNo());
        List<List<QueuedMessage>> kept = orders.stream().map(o -> waiting(o, sender)).toList();
        String bad = orders.get(1);
        MessageSchema refusingTheBadOrder = new MessageSchema() {
            @Override
            public Optional<String> violation(OutgoingMessage message) {
                return ordersIn(message).contains(bad) ? Optional.of("names " + bad) : Optional.empty();
            }

            @Override
            public Optional<String> violationOnceSigned(QueuedMessage message) {
                return Optional.empty();
            }
        };

        tx.executeWrite(status -> {
            new SendingToSingleWindow(records, messages, signer, refusingTheBadOrder, window, Clock.systemUTC())
                    .handle(new CustomsMessageQueued(kept.get(0).get(0).guid(), orders.get(0), "CEB311"),
                            new EventMetadata("e", Instant.now(), 1));
            return null;
        });

        assertEquals(List.of("CEB311", "CEB311", "CEB411", "CEB411", "CEB511", "CEB511", "CEB621"), window.arrived,
                "the good orders' documents one by one, then their lists together (the bad order's list waits)");
        assertTrue(window.messages.stream().noneMatch(m -> ordersIn(m).contains(bad)));
        assertEquals(List.of("CEB311", "CEB411", "CEB511"), tx.executeRead(status -> records.messages(bad)).stream()
                .filter(m -> m.parkedReason() != null).map(m -> m.type().name()).toList(), "kept back, with the reason");
        for (String good : List.of(orders.get(0), orders.get(2))) {
            assertTrue(tx.executeRead(status -> records.messages(good)).stream().allMatch(m -> m.deliveredAt() != null));
        }
    }
}
