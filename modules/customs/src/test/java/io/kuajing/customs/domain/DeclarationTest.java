package io.kuajing.customs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.kuajing.customs.domain.declaration.Declaration;
import io.kuajing.customs.domain.declaration.Declaration.Change;
import io.kuajing.customs.domain.declaration.DeclarationLine;
import io.kuajing.customs.domain.declaration.DeclarationStatus;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.customs.domain.declaration.ReceiptStatus;
import io.kuajing.customs.domain.quota.BuyerKey;
import io.kuajing.customs.support.Fixtures;
import io.kuajing.customs.support.SampleOrders;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;
import io.kuajing.kernel.RuleViolation;
import org.junit.jupiter.api.Test;

/** How receipts move a declaration, including receipts that arrive late, twice or out of order. */
class DeclarationTest {

    static final LocalDate DAY = LocalDate.of(2026, 11, 21);

    static Declaration declared() {
        return Declaration.declared("KJ1", "K261120101600SAMPL1", "PAY1", Regime.CBEC_BONDED, "2900", "EMS1",
                new Declaration.Parties(SampleOrders.PLATFORM, SampleOrders.SELLER, SampleOrders.BROKER, SampleOrders.LOGISTICS),
                "LN1", new BuyerKey("a".repeat(64), "110*************2X"), Money.cny("230.02"), Money.cny("20.02"),
                List.of(new DeclarationLine(1, "SKU-1", "面霜", HsCode.of("3304990099"), "011", new BigDecimal("2"),
                        Money.cny("300.00"), BigDecimal.ZERO, BigDecimal.ZERO)));
    }

    static Receipt receipt(MessageType type, int status) {
        return new Receipt(type, "KJ1", status, "info", Instant.parse("2026-11-21T01:00:00Z"), "INV1", null);
    }

    @Test
    void acceptedReleasedClearedInOrder() {
        Declaration d = declared();
        assertEquals(Change.NONE, d.apply(receipt(MessageType.CEB312, 120), DAY));
        assertEquals(Change.ACCEPTED, d.apply(receipt(MessageType.CEB622, 120), DAY));
        assertEquals(Change.RELEASED, d.apply(receipt(MessageType.CEB622, 800), DAY));
        assertEquals(DAY, d.releasedOn());
        assertEquals(Change.NONE, d.apply(receipt(MessageType.CEB622, 120), DAY), "a late 120 changes nothing");
        assertEquals(Change.CLEARED, d.apply(receipt(MessageType.CEB622, 899), DAY));
        assertEquals(DeclarationStatus.CLEARED, d.status());
        assertEquals("INV1", d.invtNo());
    }

    @Test
    void aClearanceThatOvertakesTheReleaseCarriesTheRelease() {
        Declaration d = declared();
        assertEquals(Change.RELEASED_AND_CLEARED, d.apply(receipt(MessageType.CEB622, 899), DAY));
        assertEquals(Change.NONE, d.apply(receipt(MessageType.CEB622, 800), DAY));
        assertEquals(DAY, d.releasedOn());
    }

    @Test
    void anyDocumentRejectedRejectsTheDeclarationWithCustomsReasonOnce() {
        Declaration d = declared();
        assertEquals(Change.REJECTED, d.apply(receipt(MessageType.CEB412, 100), DAY));
        assertEquals("CEB412 100: info", d.reason());
        assertEquals(Change.NONE, d.apply(receipt(MessageType.CEB622, -301010), DAY));
        assertEquals(Change.NONE, d.apply(receipt(MessageType.CEB622, 800), DAY), "never released after a rejection");
    }

    @Test
    void onlyAReturnChangesTheLinesTheStoreWritesBack() {
        Declaration d = declared();
        d.apply(receipt(MessageType.CEB622, 120), DAY);
        d.apply(receipt(MessageType.CEB622, 800), DAY);
        assertFalse(d.linesChanged(), "status receipts leave the lines as they were loaded");
        d.requestReturn(Map.of(1, new BigDecimal("2")), DAY, DAY, Fixtures.REFERENCE.limits().on(DAY));
        assertTrue(d.linesChanged(), "a return request moves quantities");
    }

    @Test
    void aReturnedDeclarationIsNeverMovedBackByALateReleaseOrClearance() {
        Declaration d = declared();
        d.apply(receipt(MessageType.CEB622, 800), DAY);
        d.requestReturn(Map.of(1, new BigDecimal("2")), DAY, DAY, Fixtures.REFERENCE.limits().on(DAY));
        assertEquals(Change.CLEARED, d.apply(receipt(MessageType.CEB622, 899), DAY), "a clearance may overtake the return");
        assertEquals(Change.RETURNED, d.apply(receipt(MessageType.CEB626, 800), DAY));
        for (int status : new int[] {120, 800, 899, 100}) {
            assertEquals(Change.NONE, d.apply(receipt(MessageType.CEB622, status), DAY.plusDays(1)), "late 622 " + status);
        }
        assertEquals(Change.NONE, d.apply(receipt(MessageType.CEB626, 800), DAY), "the approval again");
        assertEquals(DeclarationStatus.RETURNED, d.status());
        assertEquals(DAY, d.releasedOn());
        assertEquals(0, new BigDecimal("2").compareTo(d.lines().get(0).returnedQty()));
    }

    @Test
    void aReturnIsCheckedAgainstTheWindowAndTheDeclaredQuantities() {
        Declaration d = declared();
        d.apply(receipt(MessageType.CEB622, 800), DAY);
        var limits = Fixtures.REFERENCE.limits().on(DAY);
        assertEquals("return-request-window", assertThrows(RuleViolation.class,
                () -> d.requestReturn(Map.of(1, BigDecimal.ONE), DAY.plusDays(31), DAY.plusDays(31), limits)).rule());
        assertEquals("return-arrival-window", assertThrows(RuleViolation.class,
                () -> d.requestReturn(Map.of(1, BigDecimal.ONE), DAY.plusDays(30), DAY.plusDays(46), limits)).rule());
        assertEquals("returnable-quantity", assertThrows(RuleViolation.class,
                () -> d.requestReturn(Map.of(1, new BigDecimal("3")), DAY, DAY, limits)).rule());
        assertEquals(Money.cny("150.00"), d.requestReturn(Map.of(1, BigDecimal.ONE), DAY.plusDays(30), DAY.plusDays(45), limits));
        assertEquals("one-request-at-a-time", assertThrows(RuleViolation.class, d::requestCancel).rule());
        assertEquals(Change.RETURN_REFUSED, d.apply(receipt(MessageType.CEB626, 100), DAY));
        assertNull(d.pending());
        assertEquals(0, new BigDecimal("2").compareTo(d.lines().get(0).returnable()), "a refused return gives the quantity back");
    }

    @Test
    void inspectionAndDetentionHoldTheGoodsUntilCustomsReleasesThem() {
        Declaration d = declared();
        assertEquals(Declaration.Change.ACCEPTED, d.apply(receipt(MessageType.CEB622, 120), DAY));
        assertEquals(Declaration.Change.HELD, d.apply(receipt(MessageType.CEB622, 500), DAY));
        assertEquals(DeclarationStatus.INSPECTION, d.status());
        assertEquals(Declaration.Change.HELD, d.apply(receipt(MessageType.CEB622, 501), DAY));
        assertEquals(DeclarationStatus.DETAINED, d.status());
        assertEquals("CEB622 501: info", d.reason());
        assertEquals(Declaration.Change.RELEASED, d.apply(receipt(MessageType.CEB622, 800), DAY));
        assertEquals(DeclarationStatus.RELEASED, d.status());
        assertEquals(Declaration.Change.NONE, d.apply(receipt(MessageType.CEB622, 599), DAY), "released goods stay released");
    }

    @Test
    void goodsShippedBackEndTheDeclarationLikeARejection() {
        Declaration d = declared();
        d.apply(receipt(MessageType.CEB622, 500), DAY);
        assertEquals(Declaration.Change.REJECTED, d.apply(receipt(MessageType.CEB622, 700), DAY));
        assertEquals(DeclarationStatus.SHIPPED_BACK, d.status());
        assertEquals(Declaration.Change.NONE, d.apply(receipt(MessageType.CEB622, 800), DAY));
    }

    @Test
    void aCancellationWaitsForCustomsFinalAnswerNotItsFilingReceipts() {
        Declaration d = declared();
        d.apply(receipt(MessageType.CEB622, 120), DAY);
        d.requestCancel();
        for (int underWay : new int[] {2, 3, 120, 300, 23}) {
            assertEquals(Declaration.Change.NONE, d.apply(receipt(MessageType.CEB624, underWay), DAY), "code " + underWay);
            assertEquals(Declaration.Pending.CANCEL, d.pending());
        }
        assertEquals(Declaration.Change.CANCELLED, d.apply(receipt(MessageType.CEB624, 399), DAY));
        assertEquals(DeclarationStatus.CANCELLED, d.status());
    }

    @Test
    void aListCustomsHasNotNumberedCannotBeCancelled() {
        assertEquals("list-numbered", assertThrows(RuleViolation.class, declared()::requestCancel).rule());
    }

    @Test
    void everyStatusCodeOfTheSpecificationHasAMeaning() {
        for (int code : new int[] {1, 2, 3, 4, 100, 120, 300, 399, 500, 501, 502, 503, 599, 700, 800, 899}) {
            assertFalse(ReceiptStatus.meaning(MessageType.CEB622, code).contains("not in the specification"), "code " + code);
        }
        assertEquals("作废 void", ReceiptStatus.meaning(MessageType.CEB816, 3));
        assertEquals("code not in the specification", ReceiptStatus.meaning(MessageType.CEB624, 23));
        assertEquals("处理异常 processing error", ReceiptStatus.meaning(MessageType.CEB312, -1));
    }
}
