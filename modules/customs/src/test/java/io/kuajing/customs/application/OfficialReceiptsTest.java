package io.kuajing.customs.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.kuajing.customs.TaxBillIssued;
import io.kuajing.customs.adapter.ceb.XsdMessageSchema;
import io.kuajing.customs.adapter.singlewindow.ReceiptXml;
import io.kuajing.customs.conformance.OfficialSpec;
import io.kuajing.customs.domain.declaration.Declaration;
import io.kuajing.customs.domain.declaration.DeclarationLine;
import io.kuajing.customs.domain.declaration.DeclarationRecords;
import io.kuajing.customs.domain.declaration.DeclarationStatus;
import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.customs.domain.declaration.SingleWindow;
import io.kuajing.customs.domain.quota.BuyerKey;
import io.kuajing.customs.support.RecordedEvents;
import io.kuajing.customs.support.SampleOrders;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;
import io.kuajing.platform.testing.Eventually;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.platform.Transactions;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Customs' own sample receipts of both editions (2022-05 and the 2018 one of announcement No. 113) are read and
 * applied to the declarations they name — by orderNo (CEB312), payTransactionId (CEB412), logisticsNo (CEB512),
 * copNo (CEB622/624/626) — and a tax bill (CEB816, for which customs publishes no sample: one written to the XSD
 * and validated against it) by invtNo. A receipt naming nothing we declared, or one that cannot be read, is set
 * aside for an operator, never recorded against nothing.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfficialReceiptsTest implements WithTestDatabase {

    /** The numbers customs' samples name (identical in both editions). */
    static final String ORDER = "order20160321116420545";
    static final String CANCELLED = "KJ-SAMPLE-624";
    static final String RETURNED = "KJ-SAMPLE-626";

    @Inject
    DeclarationRecords records;
    @Inject
    Transactions transactions;
    @Inject
    ReceiptProcessing processing;
    @Inject
    KeptBack keptBack;

    final ReceiptXml reader = new ReceiptXml(ReceiptXml.DEFAULT_MAX_BYTES);

    @BeforeAll
    void declareWhatTheSamplesName() {
        transactions.write(() -> {
            records.add(declaration(ORDER, "cop2016032211000", "P0321000433", "L20160321114400001", "150032133004000001",
                    DeclarationStatus.DECLARED, null), Instant.now());
            records.add(declaration(CANCELLED, "cop2016032210052", "PAY-624", "LN-624", null, DeclarationStatus.ACCEPTED,
                    Declaration.Pending.CANCEL), Instant.now());
            records.add(declaration(RETURNED, "cop201604270088", "PAY-626", "LN-626", null, DeclarationStatus.RELEASED,
                    Declaration.Pending.RETURN), Instant.now());
            return null;
        });
    }

    static Declaration declaration(String orderNo, String copNo, String payTransactionId, String logisticsNo,
                                   String invtNo, DeclarationStatus status, Declaration.Pending pending) {
        return new Declaration(orderNo, copNo, payTransactionId, Regime.CBEC_DIRECT_MAIL, "0102", null,
                new Declaration.Parties(SampleOrders.PLATFORM, SampleOrders.SELLER, SampleOrders.BROKER,
                        SampleOrders.LOGISTICS), logisticsNo, new BuyerKey("c".repeat(64), "110*************2X"),
                Money.cny("100.00"), Money.cny("9.10"), List.of(new DeclarationLine(1, "SKU-1", "面霜",
                HsCode.of("3304990099"), "011", BigDecimal.ONE, Money.cny("90.90"), BigDecimal.ZERO,
                pending == Declaration.Pending.RETURN ? BigDecimal.ONE : BigDecimal.ZERO)), invtNo, null, status, pending,
                null, status == DeclarationStatus.RELEASED ? LocalDate.now() : null, null, null);
    }

    @Test
    void everyOfficialSampleReceiptIsReadAndAppliedToTheDeclarationItNames() throws IOException {
        Map<String, Integer> read = new TreeMap<>();
        for (String edition : List.of("ceb-2022-05", "ceb-2018")) {
            for (Path sample : OfficialSpec.samples(edition, "import")) {
                String name = sample.getFileName().toString();
                if (!name.matches("CEB(312|412|512|622|624|626)Message.xml")) {
                    continue;
                }
                List<Receipt> receipts = reader.read(Files.readAllBytes(sample));
                read.merge(name.substring(0, 6), receipts.size(), Integer::sum);
                processing.process(delivered(edition + "/" + name, receipts, null));
            }
        }
        // Each sample message carries 10 receipts (customs batches up to 100 per message).
        assertEquals(Map.of("CEB312", 20, "CEB412", 20, "CEB512", 20, "CEB622", 20, "CEB624", 20, "CEB626", 20), read);
        assertEquals(List.of("CEB312 2", "CEB412 120", "CEB512 2", "CEB622 1"), receipts(ORDER).stream().sorted().toList());
        assertEquals(List.of("CEB624 23"), receipts(CANCELLED));
        assertEquals(List.of("CEB626 18"), receipts(RETURNED));
        // The list receipt's preNo is kept; codes the specification does not define change nothing but are recorded.
        Declaration order = transactions.read(() -> records.find(ORDER)).orElseThrow();
        assertEquals("B20160512000001882", order.preNo());
        assertEquals(DeclarationStatus.DECLARED, order.status());
        assertEquals(Declaration.Pending.CANCEL, transactions.read(() -> records.find(CANCELLED)).orElseThrow().pending());
        assertEquals(List.of(), keptBack.receiptsSetAside().stream()
                .filter(a -> a.source().startsWith("ceb-")).toList(), "every sample matched its declaration");
    }

    @Test
    void aTaxBillWrittenToCustomsSchemaIsAppliedByItsListNumber() throws IOException {
        byte[] bill = """
                <?xml version="1.0" encoding="UTF-8"?>
                <CEB816Message xmlns="http://www.chinaport.gov.cn/ceb" guid="4CDE1CFD-EDED-46B1-946C-B8022E42FC95" version="1.0">
                  <Tax>
                    <TaxHeadRd>
                      <guid>4CDE1CFD-EDED-46B1-946C-B8022E42FC95</guid>
                      <returnTime>20161118143504000</returnTime>
                      <invtNo>150032133004000001</invtNo>
                      <taxNo>150032133004000001_0</taxNo>
                      <customsTax>0.00000</customsTax>
                      <valueAddedTax>8.27190</valueAddedTax>
                      <consumptionTax>0.00000</consumptionTax>
                      <status>1</status>
                      <assureCode>3301980XXC</assureCode>
                      <ebcCode>3301960XXB</ebcCode>
                      <logisticsCode>3301980XXE</logisticsCode>
                      <agentCode>3301980XXC</agentCode>
                      <customsCode>0102</customsCode>
                    </TaxHeadRd>
                    <TaxListRd>
                      <gnum>1</gnum>
                      <gcode>3304990099</gcode>
                      <taxPrice>90.90000</taxPrice>
                      <customsTax>0.00000</customsTax>
                      <valueAddedTax>8.27190</valueAddedTax>
                      <consumptionTax>0.00000</consumptionTax>
                    </TaxListRd>
                  </Tax>
                </CEB816Message>
                """.strip().getBytes(StandardCharsets.UTF_8);
        XsdMessageSchema schema = XsdMessageSchema.compile(OfficialSpec.require().resolve("ceb-2022-05").resolve("xsd"));
        assertEquals(java.util.Optional.empty(), schema.violation(bill), "the bill is what customs' schema defines");
        processing.process(delivered("inbox/CEB816.xml", reader.read(bill), null));
        assertTrue(receipts(ORDER).contains("CEB816 1"), receipts(ORDER).toString());
        Eventually.within(Duration.ofSeconds(10), "tax bill event",
                () -> RecordedEvents.of(TaxBillIssued.class, ORDER).size() == 1);
        List<TaxBillIssued> issued = RecordedEvents.of(TaxBillIssued.class, ORDER);
        assertEquals(Money.cny("8.27"), issued.get(0).total());
    }

    @Test
    void aReceiptForNothingWeDeclaredAndAnUnreadableOneAreSetAsideWithTheirReason() throws IOException {
        byte[] sample = Files.readAllBytes(OfficialSpec.require().resolve("ceb-2022-05/samples/import/CEB312Message.xml"));
        byte[] stranger = new String(sample, StandardCharsets.UTF_8).replace(ORDER, "order-not-ours-1")
                .getBytes(StandardCharsets.UTF_8);
        processing.process(delivered("inbox/stranger.xml", reader.read(stranger), null));
        processing.process(delivered("inbox/broken.xml", List.of(), "root element is not in the CEB namespace"));
        List<DeclarationRecords.ReceiptAside> aside = keptBack.receiptsSetAside();
        assertTrue(aside.stream().anyMatch(a -> a.source().equals("inbox/stranger.xml") && "CEB312".equals(a.messageType())
                && a.identifiers().equals("orderNo=order-not-ours-1") && a.status() == 2
                && a.reason().contains("matches no declaration")), aside.toString());
        assertTrue(aside.stream().anyMatch(a -> a.source().equals("inbox/broken.xml") && a.messageType() == null
                && a.reason().contains("CEB namespace")), aside.toString());
        assertEquals(List.of(), transactions.read(() -> records.receipts("order-not-ours-1")), "never recorded against nothing");
    }

    List<String> receipts(String orderNo) {
        List<String> found = new ArrayList<>();
        transactions.read(() -> records.receipts(orderNo)).forEach(r -> found.add(r.type() + " " + r.status()));
        return found;
    }

    static SingleWindow.Delivered delivered(String source, List<Receipt> receipts, String unreadable) {
        return new SingleWindow.Delivered() {
            @Override
            public String source() {
                return source;
            }

            @Override
            public List<Receipt> receipts() {
                return receipts;
            }

            @Override
            public String unreadable() {
                return unreadable;
            }

            @Override
            public void applied() {
            }

            @Override
            public void failed(String reason) {
                throw new AssertionError(source + " failed: " + reason);
            }
        };
    }
}
