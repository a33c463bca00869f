package io.kuajing.customs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import io.kuajing.customs.Declarations;
import io.kuajing.customs.GoodsReleased;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.customs.support.FileExchangeFolders;
import io.kuajing.customs.support.WithFileExchange;
import io.kuajing.customs.support.ReceiptFiles;
import io.kuajing.customs.support.RecordedEvents;
import io.kuajing.customs.support.SampleOrders;
import io.kuajing.platform.testing.Eventually;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The app wired to the file exchange: messages land in the outbox folder, receipts dropped in the inbox are applied. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FileExchangeFlowTest implements WithFileExchange {

    static final FileExchangeFolders EXCHANGE = new FileExchangeFolders("customs-exchange");

    @Override
    public FileExchangeFolders exchange() {
        return EXCHANGE;
    }

    @Inject
    Declarations declarations;

    @Test
    void signedMessagesGoToTheOutboxAndInboxReceiptsMoveTheDeclaration() throws IOException {
        String order = "KJ-FILE-1";
        declarations.declare(SampleOrders.directMail(order));
        // Messages are handed to the single window after the declaring transaction commits (ADR 7).
        Eventually.within(Duration.ofSeconds(10), "four messages in the outbox folder", () -> outgoing() == 4);
        try (Stream<Path> out = Files.list(EXCHANGE.resolve("out"))) {
            List<String> names = out.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(4, names.size(), names.toString());
            assertTrue(names.get(0).startsWith("CEB311_" + order + "_"), names.toString());
        }
        Files.writeString(EXCHANGE.resolve("in").resolve("evil.xml"), "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
        // Customs names the list by our copNo (never the order number: it may be longer than copNo's 20 characters).
        String copNo = declarations.status(order).orElseThrow().copNo();
        assertTrue(copNo.length() <= 20, copNo);
        Files.write(EXCHANGE.resolve("in").resolve("622-800.xml"), ReceiptFiles.xml(new Receipt(MessageType.CEB622, null,
                copNo, "B20261120000000042", "22002026I000000042", null, null, 800, "放行", Instant.now(), null)));

        Eventually.within(Duration.ofSeconds(10), "released", () -> "RELEASED".equals(
                declarations.status(order).orElseThrow().status()));
        assertEquals("22002026I000000042", declarations.status(order).orElseThrow().invtNo());
        Eventually.within(Duration.ofSeconds(10), "moved", () -> Files.exists(EXCHANGE.resolve("in/processed/622-800.xml"))
                && Files.exists(EXCHANGE.resolve("in/rejected/evil.xml")));
        Eventually.within(Duration.ofSeconds(10), "event", () -> RecordedEvents.of(GoodsReleased.class, order).size() == 1);
        assertTrue(new String(Files.readAllBytes(EXCHANGE.resolve("in/rejected/evil.xml")), StandardCharsets.UTF_8).contains("DOCTYPE"));
    }

    private static long outgoing() {
        try (Stream<Path> out = Files.list(EXCHANGE.resolve("out"))) {
            return out.filter(p -> p.getFileName().toString().endsWith(".xml")).count();
        } catch (IOException e) {
            return 0;
        }
    }
}
