package io.kuajing.customs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.kuajing.customs.Company;
import io.kuajing.customs.Declarations;
import io.kuajing.customs.ExportArrival;
import io.kuajing.customs.ExportDeparture;
import io.kuajing.customs.ExportReportAnswered;
import io.kuajing.customs.ExportReports;
import io.kuajing.customs.SentMessageView;
import io.kuajing.customs.adapter.ceb.XsdMessageSchema;
import io.kuajing.customs.conformance.OfficialSpec;
import io.kuajing.customs.support.RecordedEvents;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * 9610 parcels' arrival (CEB507) and departure (CEB509) reports: numbered, signed, kept and handed to the sandbox single
 * window after commit, on MySQL; what was handed over validates against customs' official export schema; the
 * sandbox's receipts (CEB508, CEB510) are kept under the report's number and conclude it, which export hears of.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportReportsFlowTest implements WithTestDatabase {

    static final Duration WAIT = Duration.ofSeconds(10);
    static final Company CARRIER = new Company("4403980LOG", "中国邮政速递物流股份有限公司");

    @Inject
    ExportReports reports;
    @Inject
    Declarations declarations;

    @Test
    void anArrivalAndADepartureAreSentAsCustomsExportSchemaRequires() {
        String arrival = reports.arrived(new ExportArrival("5316", null, new Company("4403980XYZ", "深圳前海监管场所经营有限公司"),
                null, "4", null, "粤B12345", CARRIER, List.of("EA300000011CN", "EA300000012CN")));
        String departure = reports.departed(new ExportDeparture("5316", null, CARRIER, "5", "CA", "CA983", "78412345675",
                Instant.parse("2026-03-03T02:00:00Z"), List.of("EA300000011CN")));
        assertNotEquals(arrival, departure, "each report has its own number");

        XsdMessageSchema schema = XsdMessageSchema.compile(OfficialSpec.require().resolve("ceb-2022-05").resolve("xsd"));
        for (var sent : List.of(List.of(arrival, "CEB507"), List.of(departure, "CEB509"))) {
            Eventually.within(WAIT, sent.get(1) + " handed to the single window", () -> declarations.messages(sent.get(0))
                    .stream().anyMatch(m -> m.deliveredAt() != null));
            SentMessageView message = declarations.messages(sent.get(0)).get(0);
            assertEquals(sent.get(1), message.messageType());
            assertEquals(Optional.empty(), schema.violation(message.xml().getBytes(StandardCharsets.UTF_8)),
                    sent.get(1) + " validates against customs' export schema");
            assertTrue(message.xml().contains("copNo>" + sent.get(0) + "</"), "numbered by customs' module");
            assertTrue(message.xml().contains("EA300000011CN"), "names the parcel by its waybill number");
            Eventually.within(WAIT, sent.get(1) + " concluded by customs", () -> RecordedEvents.ALL.stream()
                    .anyMatch(e -> e instanceof ExportReportAnswered a && a.reportNo().equals(sent.get(0)) && a.accepted()));
            assertEquals(List.of(399), declarations.receipts(sent.get(0)).stream()
                    .filter(r -> r.status() == 399).map(r -> r.status()).toList(), "the concluding receipt kept once");
        }
    }

    @Test
    void aReportWithoutParcelsIsRefusedNamingTheField() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> reports.arrived(new ExportArrival("5316", null,
                new Company("4403980XYZ", "深圳前海监管场所经营有限公司"), null, "4", null, "粤B12345", CARRIER, List.of())));
        assertEquals("logisticsNos", refused.field());
    }
}
