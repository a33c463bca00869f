package io.kuajing.customs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import io.kuajing.customs.domain.declaration.ExportReport;
import io.kuajing.customs.domain.declaration.FilingStatus;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.customs.domain.declaration.SummaryDeclaration;
import org.junit.jupiter.api.Test;

/**
 * A summary declaration or a parcels' report is DECLARED until customs concludes (399) or refuses (100) it, keeping
 * customs' numbers and reason; a late receipt never reopens it.
 */
class FilingTest {

    static Receipt receipt(MessageType type, int status, String sumNo) {
        return new Receipt(type, "K1", "K1", "B20261206000000001", null, null, null, status, "说明",
                Instant.parse("2026-12-06T01:00:00Z"), null, sumNo);
    }

    @Test
    void aSummaryIsConcludedUnderCustomsNumbersAndALateRefusalChangesNothing() {
        SummaryDeclaration summary = SummaryDeclaration.declared("K1", "4403960ABC", java.time.YearMonth.of(2026, 12));
        assertFalse(summary.apply(receipt(MessageType.CEB702, 2, null)), "declaring at the single window: still waiting");
        assertEquals(FilingStatus.DECLARED, summary.status());
        assertTrue(summary.apply(receipt(MessageType.CEB702, 399, "S20261206000000002")));
        assertFalse(summary.apply(receipt(MessageType.CEB702, 100, null)), "a concluded summary never reopens");
        assertEquals(List.of(FilingStatus.ACCEPTED, "B20261206000000001", "S20261206000000002"),
                List.of(summary.status(), summary.preNo(), summary.sumNo()));
    }

    @Test
    void aRefusedReportKeepsCustomsReason() {
        ExportReport report = ExportReport.reported("K1", MessageType.CEB507);
        assertTrue(report.apply(receipt(MessageType.CEB508, 100, null)));
        assertEquals(List.of(FilingStatus.REJECTED, "CEB508 100: 说明"), List.of(report.status(), report.reason()));
        assertFalse(report.apply(receipt(MessageType.CEB508, 399, null)));
        assertEquals(FilingStatus.REJECTED, report.status());
    }
}
