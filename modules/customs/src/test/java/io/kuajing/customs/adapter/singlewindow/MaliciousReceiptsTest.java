package io.kuajing.customs.adapter.singlewindow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.kuajing.customs.adapter.ceb.SafeXml.UnsafeXml;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.customs.domain.declaration.SingleWindow;
import io.kuajing.customs.domain.declaration.TaxBill;
import io.kuajing.customs.support.ReceiptFiles;
import io.kuajing.kernel.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Receipts are untrusted input: every hostile or broken one is refused with a reason, none crashes anything. */
class MaliciousReceiptsTest {

    static final String NS = "http://www.chinaport.gov.cn/ceb";
    static final String VALID = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ceb:CEB622Message xmlns:ceb="http://www.chinaport.gov.cn/ceb" guid="A1B2C3D4-0000-4000-8000-000000000001" version="1.0">
              <ceb:InventoryReturn>
                <ceb:guid>A1B2C3D4-0000-4000-8000-000000000001</ceb:guid>
                <ceb:customsCode>2900</ceb:customsCode>
                <ceb:copNo>K261120101600SAMPL1</ceb:copNo>
                <ceb:preNo>B20261120000000001</ceb:preNo>
                <ceb:invtNo>29002026I000000001</ceb:invtNo>
                <ceb:returnStatus>800</ceb:returnStatus>
                <ceb:returnTime>20261121093000123</ceb:returnTime>
                <ceb:returnInfo>放行</ceb:returnInfo>
              </ceb:InventoryReturn>
            </ceb:CEB622Message>
            """;

    static final Map<String, String> HOSTILE = new java.util.HashMap<>(Map.of(
            "xxe.xml", """
                    <?xml version="1.0"?>
                    <!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                    <ceb:CEB622Message xmlns:ceb="http://www.chinaport.gov.cn/ceb"><ceb:InventoryReturn>
                    <ceb:copNo>KJ1</ceb:copNo><ceb:returnStatus>800</ceb:returnStatus><ceb:returnTime>20261121093000</ceb:returnTime>
                    <ceb:returnInfo>&x;</ceb:returnInfo></ceb:InventoryReturn></ceb:CEB622Message>""",
            "billion-laughs.xml", """
                    <?xml version="1.0"?>
                    <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                    <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
                    <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
                    <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
                    <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
                    <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
                    <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
                    <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]>
                    <ceb:CEB622Message xmlns:ceb="http://www.chinaport.gov.cn/ceb"><ceb:InventoryReturn>
                    <ceb:copNo>KJ1</ceb:copNo><ceb:returnStatus>800</ceb:returnStatus><ceb:returnTime>20261121093000</ceb:returnTime>
                    <ceb:returnInfo>&lol9;</ceb:returnInfo></ceb:InventoryReturn></ceb:CEB622Message>""",
            "wrong-namespace.xml", VALID.replace(NS, "http://evil.example/ceb"),
            "not-a-receipt.xml", VALID.replace("CEB622Message", "CEB621Message"),
            "unknown-root.xml", VALID.replace("CEB622Message", "CEB999Message"),
            "no-status.xml", VALID.replace("<ceb:returnStatus>800</ceb:returnStatus>", ""),
            "no-cop-no.xml", VALID.replace("<ceb:copNo>K261120101600SAMPL1</ceb:copNo>", ""),
            "bad-time.xml", VALID.replace("20261121093000123", "20261399250000"),
            "injected-cop-no.xml", VALID.replace("K261120101600SAMPL1", "KJ1'; DROP TABLE customs_receipt; --"),
            "binary.xml", "\u0000\u0001\u0002PK\u0003\u0004 not xml at all"));

    static {
        HOSTILE.put("malformed.xml", VALID.substring(0, VALID.length() / 2));
    }

    final ReceiptXml reader = new ReceiptXml(ReceiptXml.DEFAULT_MAX_BYTES);

    @Test
    void aWellFormedReceiptIsRead() {
        List<Receipt> read = reader.read(VALID.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, read.size());
        Receipt r = read.get(0);
        assertEquals(MessageType.CEB622, r.type());
        assertEquals(null, r.orderNo(), "a list receipt names the list, not the order");
        assertEquals("K261120101600SAMPL1", r.copNo());
        assertEquals("B20261120000000001", r.preNo());
        assertEquals(800, r.status());
        assertEquals("29002026I000000001", r.invtNo());
        assertEquals(Instant.parse("2026-11-21T01:30:00Z"), r.time());
    }

    @Test
    void aWaybillReceiptNamesTheParcelNotTheOrder() {
        String xml = """
                <ceb:CEB512Message xmlns:ceb="http://www.chinaport.gov.cn/ceb" guid="A1B2C3D4-0000-4000-8000-000000000002" version="1.0">
                  <ceb:LogisticsReturn><ceb:logisticsCode>3301980XXE</ceb:logisticsCode><ceb:logisticsNo>LN20261120001</ceb:logisticsNo>
                  <ceb:returnStatus>120</ceb:returnStatus><ceb:returnTime>20261121093000</ceb:returnTime></ceb:LogisticsReturn>
                </ceb:CEB512Message>""";
        Receipt r = reader.read(xml.getBytes(StandardCharsets.UTF_8)).get(0);
        assertEquals(null, r.orderNo());
        assertEquals("LN20261120001", r.logisticsNo());
        assertEquals("KJ1", r.forOrder("KJ1").orderNo());
        assertThrows(UnsafeXml.class, () -> reader.read(xml.replace("LN20261120001", "LN 1; rm -rf").getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyHostileReceiptIsRefusedQuicklyWithAReason() {
        HOSTILE.forEach((name, xml) -> assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            UnsafeXml refused = assertThrows(UnsafeXml.class, () -> reader.read(xml.getBytes(StandardCharsets.UTF_8)), name);
            assertFalse(refused.getMessage().contains("root:"), name + " must not leak file content: " + refused.getMessage());
        }, name));
    }

    @Test
    void aDoctypeIsRefusedBeforeAnyEntityIsResolved() {
        UnsafeXml refused = assertThrows(UnsafeXml.class,
                () -> reader.read(HOSTILE.get("xxe.xml").getBytes(StandardCharsets.UTF_8)));
        assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
    }

    @Test
    void aHugeReceiptIsRefusedBeforeParsing() {
        byte[] huge = VALID.replace("放行", "x".repeat(ReceiptXml.DEFAULT_MAX_BYTES)).getBytes(StandardCharsets.UTF_8);
        UnsafeXml refused = assertThrows(UnsafeXml.class, () -> reader.read(huge));
        assertTrue(refused.getMessage().contains("exceeds the limit"), refused.getMessage());
    }

    @Test
    void aTaxBillIsReadWithItsAmountsAndWrittenReceiptsReadBack() {
        Receipt bill = new Receipt(MessageType.CEB816, null, 1, "电子税单 TAX1", Instant.parse("2026-11-21T01:30:00Z"),
                "29002026I000000001", new TaxBill("TAX1", "29002026I000000001", Money.cny("0.00"), Money.cny("18.20"),
                Money.cny("0.00")));
        Receipt read = reader.read(ReceiptFiles.xml(bill)).get(0);
        assertEquals(bill, read);
        assertEquals(Money.cny("18.20"), read.taxBill().total());
    }

    @Test
    void theFileExchangeSetsHostileFilesAsideAndDeliversTheGoodOnes(@TempDir Path dir) throws IOException {
        FileExchangeSingleWindow window = new FileExchangeSingleWindow(dir.resolve("out"), dir.resolve("in"),
                ReceiptXml.DEFAULT_MAX_BYTES);
        for (var e : HOSTILE.entrySet()) {
            Files.writeString(dir.resolve("in").resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        Files.write(dir.resolve("in").resolve("huge.xml"), new byte[ReceiptXml.DEFAULT_MAX_BYTES * 4]);
        Files.writeString(dir.resolve("in").resolve("zz-valid.xml"), VALID, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("in").resolve("ignored.txt"), "not a receipt file", StandardCharsets.UTF_8);

        List<SingleWindow.Delivered> delivered = window.collect(100);

        List<SingleWindow.Delivered> read = delivered.stream().filter(d -> d.unreadable() == null).toList();
        assertEquals(1, read.size());
        assertEquals(HOSTILE.size() + 1, delivered.size() - read.size(), "each unreadable file is handed over with its reason");
        assertTrue(delivered.stream().filter(d -> d.unreadable() != null).allMatch(d -> d.receipts().isEmpty()
                && d.source().startsWith("inbox/")));
        assertEquals("K261120101600SAMPL1", read.get(0).receipts().get(0).copNo());
        try (var rejected = Files.list(dir.resolve("in").resolve("rejected"))) {
            assertEquals(HOSTILE.size() + 1, rejected.count());
        }
        read.get(0).applied();
        assertTrue(Files.exists(dir.resolve("in").resolve("processed").resolve("zz-valid.xml")));
        assertTrue(window.collect(100).isEmpty(), "nothing is delivered twice");
        assertTrue(Files.exists(dir.resolve("in").resolve("ignored.txt")), "only *.xml files are receipts");
    }

    @Test
    void aReceiptThatCouldNotBeAppliedIsSetAsideAsFailed(@TempDir Path dir) throws IOException {
        FileExchangeSingleWindow window = new FileExchangeSingleWindow(dir.resolve("out"), dir.resolve("in"), 1 << 16);
        Files.writeString(dir.resolve("in").resolve("r.xml"), VALID, StandardCharsets.UTF_8);
        window.collect(10).get(0).failed("bonded stock short");
        assertTrue(Files.exists(dir.resolve("in").resolve("failed").resolve("r.xml")));
    }
}
