package io.kuajing.customs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.kuajing.customs.Declarations;
import io.kuajing.customs.ExportDeclarationAccepted;
import io.kuajing.customs.ExportDeclarationView;
import io.kuajing.customs.ExportDeclarations;
import io.kuajing.customs.ExportPaymentReceiptAnswered;
import io.kuajing.customs.ExportPaymentReceived;
import io.kuajing.customs.Company;
import io.kuajing.customs.ReceiptView;
import io.kuajing.customs.SentMessageView;
import io.kuajing.customs.conformance.OfficialSpec;
import io.kuajing.customs.adapter.ceb.XsdMessageSchema;
import io.kuajing.customs.support.RecordedEvents;
import io.kuajing.customs.support.SampleParcels;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** 9610 parcels declared end to end against the sandbox single window, on MySQL, events through the outbox. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportDeclarationFlowTest implements WithTestDatabase {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final AtomicInteger SEQ = new AtomicInteger();

    @Inject
    ExportDeclarations exports;
    @Inject
    Declarations declarations;
    @Inject
    TransactionOperations<Connection> tx;

    final List<String> declared = new ArrayList<>();

    String orderNo() {
        String order = String.format("EX%08d%04d", System.currentTimeMillis() % 100000000, SEQ.incrementAndGet() % 10000);
        declared.add(order);
        return order;
    }

    /** Every export message these flows handed the single window validates against customs' export schema. */
    @AfterAll
    void everyExportMessageSentValidatesAgainstCustomsExportSchema() {
        if (!OfficialSpec.present()) {
            return;
        }
        XsdMessageSchema schema = XsdMessageSchema.compile(OfficialSpec.require().resolve("ceb-2022-05").resolve("xsd"));
        List<String> types = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        tx.executeRead(status -> {
            for (String order : declared) {
                try (PreparedStatement ps = status.getConnection().prepareStatement(
                        "SELECT message_type, xml FROM customs_message WHERE order_no = ? AND delivered_at IS NOT NULL")) {
                    ps.setString(1, order);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            types.add(rs.getString(1));
                            String where = rs.getString(1) + " " + order + ": ";
                            schema.violation(rs.getBytes(2)).ifPresent(v -> invalid.add(where + v));
                        }
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            return null;
        });
        assertEquals(List.of(), invalid);
        assertTrue(types.containsAll(List.of("CEB303", "CEB505", "CEB603", "CEB403")), "every export type was sent and checked: " + types);
    }

    @Test
    void aParcelIsDeclaredOnceSentInOrderAndAcceptedWithItsListNumbers() {
        String order = orderNo();
        ExportDeclarationView first = exports.declare(SampleParcels.powerBank(order));
        assertEquals("DECLARED", first.status());
        assertTrue(first.copNo().matches("K\\d{12}[0-9A-Z]{7}"), "our own list number: " + first.copNo());
        ExportDeclarationView again = exports.declare(SampleParcels.powerBank(order));
        assertEquals(first.copNo(), again.copNo(), "declared once");

        Eventually.within(WAIT, "accepted", () -> exports.status(order).map(ExportDeclarationView::status)
                .orElse("MISSING").equals("ACCEPTED"));
        Eventually.within(WAIT, "event delivered", () -> RecordedEvents.of(ExportDeclarationAccepted.class, order).size() == 1);
        ExportDeclarationView accepted = exports.status(order).orElseThrow();
        assertTrue(accepted.invtNo().matches("5316\\d{4}E\\d{9}"), accepted.invtNo());
        assertNotNull(accepted.preNo());
        ExportDeclarationAccepted event = RecordedEvents.of(ExportDeclarationAccepted.class, order).get(0);
        assertEquals(accepted.invtNo(), event.invtNo());

        List<SentMessageView> sent = declarations.messages(order);
        assertEquals(List.of("CEB303", "CEB505", "CEB603"), sent.stream().map(SentMessageView::messageType).toList(),
                "three messages kept once, in the order they must reach customs");
        assertTrue(sent.stream().allMatch(m -> m.deliveredAt() != null), "all handed to the single window");
        assertEquals(List.of("CEB304 120", "CEB506 120", "CEB604 120", "CEB604 399"), declarations.receipts(order).stream()
                .map(r -> r.messageType() + " " + r.status()).sorted().toList(), "every receipt recorded once");
    }

    @Test
    void aParcelCustomsSchemaWouldRefuseIsRefusedByFieldAndNothingIsKept() {
        String order = orderNo();
        RuleViolation refused = assertThrows(RuleViolation.class, () -> exports.declare(SampleParcels.parcel(order, false,
                List.of(SampleParcels.line(1, "X".repeat(21), "充电宝", "8507600020", "007", "1", "85.00", "0.25")))));
        assertEquals("lines[0].itemNo", refused.field());
        declared.remove(order);
        assertTrue(exports.status(order).isEmpty());
        assertEquals(List.<ReceiptView>of(), declarations.receipts(order));
    }

    /**
     * The vendor's receipt of the buyer's payment (CEB403) of a parcel customs accepted: sent once after commit (a
     * second call sends nothing), filed by the sandbox's CEB404 120, which is kept and told as
     * {@link ExportPaymentReceiptAnswered}; refused, naming the field, for an order never declared or a payment
     * customs' schema would refuse, nothing sent.
     */
    @Test
    void aPaymentReceivedIsSentOnceForAnAcceptedParcelAndFiledByCustoms() {
        String order = orderNo();
        exports.declare(SampleParcels.powerBank(order));
        Eventually.within(WAIT, "accepted", () -> exports.status(order).map(ExportDeclarationView::status)
                .orElse("MISSING").equals("ACCEPTED"));
        assertEquals("payerName", assertThrows(RuleViolation.class, () -> exports.paymentReceived(
                payment(order, " "))).field(), "customs' schema would refuse it: nothing written");
        assertEquals("export-declaration", assertThrows(RuleViolation.class, () -> exports.paymentReceived(
                payment("EX-NEVER-DECLARED", "Amazon Payments, Inc."))).rule());

        assertEquals("ACCEPTED", exports.paymentReceived(payment(order, "Amazon Payments, Inc.")).status());
        exports.paymentReceived(payment(order, "Amazon Payments, Inc."));
        Eventually.within(WAIT, "filed by customs", () -> RecordedEvents.of(ExportPaymentReceiptAnswered.class, order)
                .size() == 1);
        ExportPaymentReceiptAnswered answered = RecordedEvents.of(ExportPaymentReceiptAnswered.class, order).get(0);
        assertTrue(answered.accepted() && answered.reason() == null, answered.toString());
        List<SentMessageView> receipts = declarations.messages(order).stream()
                .filter(m -> m.messageType().equals("CEB403")).toList();
        assertEquals(1, receipts.size(), "sent once");
        assertTrue(receipts.get(0).deliveredAt() != null && receipts.get(0).xml().contains("<ceb:charge>39.98</ceb:charge>")
                && receipts.get(0).xml().contains("<ceb:payNo>113-0000001-0000001</ceb:payNo>"), receipts.get(0).xml());
        assertEquals(List.of("CEB404 120"), declarations.receipts(order).stream()
                .filter(r -> r.messageType().equals("CEB404")).map(r -> r.messageType() + " " + r.status()).toList());
        assertEquals("ACCEPTED", exports.status(order).orElseThrow().status(), "the declaration itself unchanged");
    }

    private static ExportPaymentReceived payment(String order, String payer) {
        return new ExportPaymentReceived(new Company("4403960KJX", "跨境出口平台有限公司"),
                new Company("4403960ABC", "深圳市安克创新科技有限公司"), order, null, payer, "113-0000001-0000001",
                Money.of("39.98", "USD"), Instant.now().minusSeconds(60));
    }
}
