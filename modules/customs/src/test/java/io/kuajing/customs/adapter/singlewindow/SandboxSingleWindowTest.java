package io.kuajing.customs.adapter.singlewindow;

import io.kuajing.customs.domain.declaration.UnsignedMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.kuajing.customs.DeclarationRequest;
import io.kuajing.customs.PaymentDocument;
import io.kuajing.customs.Person;
import io.kuajing.customs.adapter.ceb.JaxbCustomsMessages;
import io.kuajing.customs.adapter.signer.XmlDsigSigner;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.customs.domain.tax.TaxCalculator;
import io.kuajing.customs.support.Fixtures;
import io.kuajing.customs.conformance.OfficialSpec;
import io.kuajing.customs.support.SampleMessages;
import io.kuajing.customs.support.SampleOrders;
import io.kuajing.customs.support.SampleParcels;
import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sandbox checks what customs checks, bypassing Kuajing's own pre-checks to prove it. */
class SandboxSingleWindowTest {

    static final XmlDsigSigner SIGNER = XmlDsigSigner.fromPem(Fixtures.CONFIG.resolve("dev-signing/dev-signing-key.pem"),
            Fixtures.CONFIG.resolve("dev-signing/dev-signing-cert.pem"));
    final JaxbCustomsMessages writer = SampleMessages.writer();
    final SandboxSingleWindow sandbox = new SandboxSingleWindow(Fixtures.REFERENCE.positiveList(),
            Fixtures.REFERENCE.limits(), new TaxCalculator(Fixtures.REFERENCE.rates(), Fixtures.REFERENCE.limits()),
            SIGNER.certificate().getPublicKey(), Duration.ZERO, Clock.systemUTC(), new InMemorySandboxState(),
            Duration.ofMinutes(1));

    List<OutgoingMessage> signed(DeclarationRequest r) {
        return writer.declare(r, SampleMessages.COP_NO, Instant.now()).stream().map(SIGNER::sign).toList();
    }

    List<String> answers() {
        return sandbox.collect(100).stream().flatMap(d -> d.receipts().stream())
                .map(r -> r.type() + " " + r.status() + " " + r.info()).toList();
    }

    @Test
    void consistentDocumentsAreAcceptedReleasedTaxedAndCleared() {
        signed(SampleOrders.directMail("KJ-SB-1")).forEach(sandbox::send);
        List<Receipt> receipts = sandbox.collect(100).stream().flatMap(d -> d.receipts().stream()).toList();
        assertEquals(List.of("CEB312 120", "CEB412 120", "CEB512 120", "CEB622 120", "CEB622 800", "CEB816 1", "CEB622 899"),
                receipts.stream().map(r -> r.type() + " " + r.status()).toList());
        Receipt bill = receipts.get(5);
        assertTrue(bill.taxBill().total().isPositive());
    }

    /**
     * Customs' own CEB311 sample carries six orders in one message (all numbered alike, as customs wrote it): the
     * sandbox reads it once and answers each order with its own CEB312, naming it by ebp, ebc and order number.
     */
    @Test
    void theOfficialSixOrderMessageIsAnsweredOrderByOrder() throws Exception {
        byte[] sample = Files.readAllBytes(OfficialSpec.require().resolve("ceb-2022-05/samples/import/CEB311Message.xml"));
        SandboxSingleWindow unchecked = new SandboxSingleWindow(Fixtures.REFERENCE.positiveList(),
                Fixtures.REFERENCE.limits(), new TaxCalculator(Fixtures.REFERENCE.rates(), Fixtures.REFERENCE.limits()),
                null, Duration.ZERO, Clock.systemUTC(), new InMemorySandboxState(), Duration.ofMinutes(1));

        unchecked.send(new OutgoingMessage(MessageType.CEB311, "order20160321116421002",
                "4CDE1CFD-EDED-46B1-946C-B8022E42FC94", sample));

        List<Receipt> receipts = unchecked.collect(100).stream().flatMap(d -> d.receipts().stream()).toList();
        assertEquals(6, receipts.size(), "one receipt per order of the message");
        for (Receipt r : receipts) {
            assertEquals(MessageType.CEB312, r.type());
            assertEquals("order20160321116421002", r.orderNo());
        }
    }

    /**
     * Three orders' messages in one message per kind, as the sender builds them (ADR 0047): one signature checked per
     * message, and every order filed, released, taxed and cleared on its own; a tampered envelope is refused for
     * each order it carries.
     */
    @Test
    void envelopesOfSeveralOrdersAreCheckedOnceAndAnsweredPerOrder() {
        List<String> orders = List.of("KJ-SB-E1", "KJ-SB-E2", "KJ-SB-E3");
        List<UnsignedMessage> kept = orders.stream().flatMap(o -> writer.declare(SampleOrders.directMail(o), "COP" + o,
                Instant.now()).stream()).toList();
        for (MessageType kind : List.of(MessageType.CEB311, MessageType.CEB411, MessageType.CEB511, MessageType.CEB621)) {
            sandbox.send(SIGNER.sign(writer.envelope(kept.stream().filter(m -> m.type() == kind).toList())));
        }
        List<Receipt> receipts = sandbox.collect(100).stream().flatMap(d -> d.receipts().stream()).toList();
        for (String order : orders) {
            assertEquals(List.of("CEB312 120", "CEB412 120", "CEB512 120", "CEB622 120", "CEB622 800", "CEB816 1", "CEB622 899"),
                    receipts.stream().filter(r -> order.equals(r.orderNo()) || ("PAY" + order).equals(r.payTransactionId())
                                    || ("LN" + order).equals(r.logisticsNo()) || ("COP" + order).equals(r.copNo())
                                    || r.type() == MessageType.CEB816 && receipts.stream().anyMatch(l -> ("COP" + order)
                                    .equals(l.copNo()) && r.invtNo().equals(l.invtNo())))
                            .map(r -> r.type() + " " + r.status()).toList(), order);
        }

        OutgoingMessage envelope = SIGNER.sign(writer.envelope(kept.stream().filter(m -> m.type() == MessageType.CEB311).toList()));
        String xml = new String(envelope.xml(), StandardCharsets.UTF_8);
        sandbox.send(new OutgoingMessage(envelope.type(), envelope.orderNo(), envelope.guid(),
                xml.replace("KJ-SB-E2</ceb:orderNo>", "KJ-SB-E9</ceb:orderNo>").getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("CEB312 100 签名验证失败 signature invalid", "CEB312 100 签名验证失败 signature invalid",
                "CEB312 100 签名验证失败 signature invalid"), answers());
    }

    @Test
    void eachReceiptNamesItsDocumentAsCustomsDoes() {
        DeclarationRequest r = SampleOrders.directMail("KJ-SB-7");
        signed(r).forEach(sandbox::send);
        List<Receipt> receipts = sandbox.collect(100).stream().flatMap(d -> d.receipts().stream()).toList();
        assertEquals("KJ-SB-7", receipts.get(0).orderNo(), "CEB312: the order number");
        assertEquals(r.payment().payTransactionId(), receipts.get(1).payTransactionId(), "CEB412: the payment");
        assertEquals(r.waybill().logisticsNo(), receipts.get(2).logisticsNo(), "CEB512: the parcel");
        Receipt listed = receipts.get(3);
        assertEquals(SampleMessages.COP_NO, listed.copNo(), "CEB622: our copNo");
        assertEquals(null, listed.orderNo());
        assertTrue(listed.preNo().matches("B\\d{17}"), listed.preNo());
        assertTrue(listed.invtNo().matches("2900\\d{4}I\\d{9}"), listed.invtNo());
        assertEquals(listed.invtNo(), receipts.get(5).invtNo(), "CEB816: the list number");
    }

    /**
     * Every receipt the sandbox writes — accepted, rejected, released, the tax bill, cleared, cancellation and
     * return answers — validates against customs' own 2022-05 import schema.
     */
    @Test
    void everyReceiptTheSandboxWritesValidatesAgainstCustomsSchema() throws Exception {
        OfficialSpec.require();
        List<OutgoingMessage> good = signed(SampleOrders.bonded("KJ-SB-8", "T2900W000001", SampleOrders.BUYER));
        good.forEach(sandbox::send);
        List<OutgoingMessage> incomplete = signed(SampleOrders.directMail("KJ-SB-9"));
        sandbox.send(incomplete.get(3));
        sandbox.send(SampleMessages.unsigned(writer.declare(SampleOrders.directMail("KJ-SB-10"), SampleMessages.COP_NO, Instant.now()).get(1)));
        List<byte[]> written = new java.util.ArrayList<>(sandbox.pendingReceipts());
        sandbox.collect(100);
        var d = new io.kuajing.customs.domain.declaration.Declaration("KJ-SB-8", SampleMessages.COP_NO, null,
                Regime.CBEC_BONDED, "2900", "T2900W000001",
                new io.kuajing.customs.domain.declaration.Declaration.Parties(SampleOrders.PLATFORM, SampleOrders.SELLER,
                        SampleOrders.BROKER, SampleOrders.LOGISTICS), "LNKJ-SB-8",
                new io.kuajing.customs.domain.quota.BuyerKey("0".repeat(64), "110*************2X"),
                io.kuajing.kernel.Money.cny("230.02"), io.kuajing.kernel.Money.cny("20.02"), List.of(), "29002026I000000001",
                "B20261120000000001", io.kuajing.customs.domain.declaration.DeclarationStatus.RELEASED, null, null,
                java.time.LocalDate.now(), null, null);
        sandbox.send(signedOne(writer.refund(d, SampleOrders.BUYER, "退货", Instant.now())));
        sandbox.send(signedOne(writer.cancel(d, SampleOrders.BUYER, "撤单", Instant.now())));
        written.addAll(sandbox.pendingReceipts());
        assertEquals(11, written.size(), "7 for the bonded order, 1 list refused, 1 payment refused, 1 return, 1 cancellation");
        List<String> invalid = new java.util.ArrayList<>();
        for (byte[] xml : written) {
            try {
                OfficialSpec.importSchema().newValidator().validate(new javax.xml.transform.stream.StreamSource(
                        new java.io.ByteArrayInputStream(xml)));
            } catch (org.xml.sax.SAXException e) {
                invalid.add(e.getMessage() + "\n" + new String(xml, StandardCharsets.UTF_8));
            }
        }
        assertEquals(List.of(), invalid);
        java.util.Set<String> roots = new java.util.TreeSet<>();
        for (byte[] xml : written) {
            roots.add(io.kuajing.customs.adapter.ceb.SafeXml.parse(xml, 1 << 20).getDocumentElement().getLocalName());
        }
        assertEquals(java.util.Set.of("CEB312Message", "CEB412Message", "CEB512Message", "CEB622Message",
                "CEB624Message", "CEB626Message", "CEB816Message"), roots);
    }

    List<OutgoingMessage> signedExport(String orderNo) {
        return SampleParcels.WRITER.declare(SampleParcels.powerBank(orderNo), Instant.now()).stream()
                .map(m -> new OutgoingMessage(MessageType.valueOf(m.type()), m.orderNo(), m.guid(), SIGNER.sign(m.xml())))
                .toList();
    }

    @Test
    void aNinetySixTenParcelIsFiledThenConcludedUnderTheListNumbersCustomsGives() {
        signedExport("EX-SB-1").forEach(sandbox::send);
        List<Receipt> receipts = sandbox.collect(100).stream().flatMap(d -> d.receipts().stream()).toList();
        assertEquals(List.of("CEB304 120", "CEB506 120", "CEB604 120", "CEB604 399"),
                receipts.stream().map(r -> r.type() + " " + r.status()).toList());
        assertEquals("EX-SB-1", receipts.get(0).orderNo(), "CEB304: the order number");
        assertEquals("LX-SB-1", receipts.get(1).logisticsNo(), "CEB506: the parcel");
        Receipt concluded = receipts.get(3);
        assertEquals("EX-SB-1", concluded.orderNo(), "CEB604 names the order too");
        assertTrue(concluded.copNo().startsWith("CEX-SB-1"), concluded.copNo());
        assertTrue(concluded.invtNo().matches("5316\\d{4}E\\d{9}"), concluded.invtNo());
    }

    @Test
    void anExportListWithoutItsWaybillIsRefusedAsIncomplete() {
        List<OutgoingMessage> messages = signedExport("EX-SB-2");
        sandbox.send(messages.get(0));
        sandbox.send(messages.get(2));
        assertTrue(answers().contains("CEB604 100 单证不全: 缺少 CEB505"), answers().toString());
    }

    /** A parcels' report or a summary declaration, written and signed as customs' module sends it. */
    OutgoingMessage signedReport(io.kuajing.customs.ExportMessages.ExportMessage m) {
        return new OutgoingMessage(MessageType.valueOf(m.type()), m.orderNo(), m.guid(), SIGNER.sign(m.xml()));
    }

    static final io.kuajing.customs.Company CARRIER = new io.kuajing.customs.Company("4403980LOG", "中国邮政速递物流股份有限公司");

    @Test
    void aParcelsReportOrASummaryIsDeclaringThenConcludedAndUnsignedRefused() {
        sandbox.send(signedReport(SampleParcels.WRITER.arrival(new io.kuajing.customs.ExportArrival("5316", "KA-SB-1",
                new io.kuajing.customs.Company("4403980XYZ", "深圳前海监管场所经营有限公司"), null, "4", null, "粤B12345",
                CARRIER, List.of("LX-SB-1")), Instant.now())));
        var departure = SampleParcels.WRITER.departure(new io.kuajing.customs.ExportDeparture("5316", "KD-SB-1", CARRIER,
                "5", "CA", "CA983", "78412345675", Instant.now(), List.of("LX-SB-1")), Instant.now());
        sandbox.send(new OutgoingMessage(MessageType.CEB509, departure.orderNo(), departure.guid(), departure.xml()));
        List<String> receipts = sandbox.collect(100).stream().flatMap(d -> d.receipts().stream())
                .map(r -> r.type() + " " + r.copNo() + " " + r.status()).toList();
        assertEquals(List.of("CEB508 KA-SB-1 2", "CEB508 KA-SB-1 399", "CEB510 KD-SB-1 100"), receipts,
                "the unsigned departure is refused at once, nothing more is answered for it");
    }

    /**
     * The export receipts the sandbox writes — filed, concluded, refused; the reports' and the summary's — validate
     * against customs' own 2022-05 export schema and are read by {@link io.kuajing.customs.ExportMessages#receipts} as
     * by the sandbox's reader; the reader takes customs' own samples (CEB304, 404, 506, 604, 508, 510, 606, 702) too.
     */
    @Test
    void everyExportReceiptTheSandboxWritesValidatesAgainstTheExportSchemaAndIsRead() throws Exception {
        OfficialSpec.require();
        signedExport("EX-SB-3").forEach(sandbox::send);
        sandbox.send(signedExport("EX-SB-4").get(2));
        sandbox.send(signedReport(SampleParcels.WRITER.arrival(new io.kuajing.customs.ExportArrival("5316", "KA-SB-3",
                new io.kuajing.customs.Company("4403980XYZ", "深圳前海监管场所经营有限公司"), null, "4", null, "粤B12345",
                CARRIER, List.of("LX-SB-3")), Instant.now())));
        sandbox.send(signedReport(SampleParcels.WRITER.departure(new io.kuajing.customs.ExportDeparture("5316", "KD-SB-3",
                CARRIER, "5", "CA", "CA983", "78412345675", Instant.now(), List.of("LX-SB-3")), Instant.now())));
        sandbox.send(signedReport(SampleParcels.WRITER.summary(new io.kuajing.customs.ExportSummary("5316", "KS-SB-3",
                new io.kuajing.customs.Company("4403980KJB", "跨境报关有限公司"), new io.kuajing.customs.Company("4403960ABC",
                "深圳市安克创新科技有限公司"), List.of("531620260E000000003")), Instant.now())));
        sandbox.send(signedReport(SampleParcels.WRITER.cancellation(new io.kuajing.customs.ExportCancellation("5316",
                "KW-SB-3", "531620260E000000003", "买家取消订单", new io.kuajing.customs.Company("4403980KJB", "跨境报关有限公司"),
                new io.kuajing.customs.Company("4403960ABC", "深圳市安克创新科技有限公司")), Instant.now())));
        sandbox.send(signedReport(SampleParcels.WRITER.paymentReceived(new io.kuajing.customs.ExportPaymentReceived(
                new io.kuajing.customs.Company("4403960KJX", "跨境出口平台有限公司"), new io.kuajing.customs.Company(
                "4403960ABC", "深圳市安克创新科技有限公司"), "EX-SB-3", null, "Amazon Payments, Inc.", "113-0000001-0000003",
                io.kuajing.kernel.Money.of("39.98", "USD"), Instant.now()), Instant.now())));
        List<byte[]> written = sandbox.pendingReceipts();
        assertEquals(14, written.size(), "4 for the parcel, 1 list refused, 2 each for the reports, the summary and the "
                + "withdrawal, 1 for the receipt of payment");
        var schema = OfficialSpec.schema(OfficialSpec.require().resolve("ceb-2022-05/xsd").resolve(OfficialSpec.EXPORT_XSD_2022));
        List<String> invalid = new java.util.ArrayList<>();
        List<String> read = new java.util.ArrayList<>();
        for (byte[] xml : written) {
            try {
                schema.newValidator().validate(new javax.xml.transform.stream.StreamSource(new java.io.ByteArrayInputStream(xml)));
            } catch (org.xml.sax.SAXException e) {
                invalid.add(e.getMessage() + "\n" + new String(xml, StandardCharsets.UTF_8));
            }
            SampleParcels.WRITER.receipts(xml).forEach(r -> read.add(r.type() + " " + r.key() + " " + r.status()));
        }
        assertEquals(List.of(), invalid);
        assertTrue(read.contains("CEB304 EX-SB-3 120") && read.contains("CEB506 LX-SB-3 120"), read.toString());
        assertEquals(3, read.stream().filter(r -> r.startsWith("CEB604")).count(), read.toString());
        assertTrue(read.containsAll(List.of("CEB508 KA-SB-3 399", "CEB510 KD-SB-3 399", "CEB702 KS-SB-3 399",
                "CEB606 531620260E000000003 399", "CEB404 EX-SB-3 120")), read.toString());
        ReceiptXml reader = new ReceiptXml(ReceiptXml.DEFAULT_MAX_BYTES);
        for (Path sample : OfficialSpec.samples("ceb-2022-05", "export")) {
            String name = sample.getFileName().toString();
            if (name.matches("CEB(304|404|506|604|508|510|606|702).*")) {
                assertTrue(!reader.read(Files.readAllBytes(sample)).isEmpty(), name);
            }
        }
    }

    OutgoingMessage signedOne(UnsignedMessage m) {
        return SIGNER.sign(m);
    }

    @Test
    void anInventoryListWithoutItsPaymentIsRejectedAsIncomplete() {
        List<OutgoingMessage> messages = signed(SampleOrders.directMail("KJ-SB-2"));
        sandbox.send(messages.get(0));
        sandbox.send(messages.get(2));
        sandbox.send(messages.get(3));
        List<String> answers = answers();
        assertTrue(answers.contains("CEB622 100 三单不全: 缺少 CEB411"), answers.toString());
    }

    @Test
    void aPayerWhoIsNotTheBuyerIsRejected() {
        DeclarationRequest ok = SampleOrders.directMail("KJ-SB-3");
        PaymentDocument p = ok.payment();
        Person other = new Person("李四", ChineseIdNumber.of("440524188001010014"), "13900000000");
        DeclarationRequest bad = new DeclarationRequest(ok.orderNo(), ok.regime(), ok.portCode(), null, "5", ok.broker(),
                ok.order(), new PaymentDocument(p.paymentCompany(), p.payTransactionId(), other, p.amountPaid(), p.payTime()),
                ok.waybill(), ok.lines());
        signed(bad).forEach(sandbox::send);
        assertTrue(answers().contains("CEB622 100 三单比对失败: 订购人与支付人不一致"));
    }

    @Test
    void aBuyerWhoSpentTheirAllowanceOnOtherPlatformsIsRejectedOverTheAnnualLimit() {
        DeclarationRequest r = SampleOrders.directMail("KJ-SB-6");
        sandbox.buyerSpentElsewhere(r.order().buyer().idNumber(), io.kuajing.kernel.Money.cny("25990.00"));
        signed(r).forEach(sandbox::send);
        List<String> answers = answers();
        assertTrue(answers.stream().anyMatch(a -> a.startsWith("CEB622 100 超过年度交易限值: 剩余额度 10.00")), answers.toString());
    }

    @Test
    void anUnsignedOrForgedMessageIsRejected() {
        OutgoingMessage unsigned = SampleMessages.unsigned(writer.declare(SampleOrders.directMail("KJ-SB-4"), SampleMessages.COP_NO, Instant.now()).get(0));
        sandbox.send(unsigned);
        assertEquals(List.of("CEB312 100 签名验证失败 signature invalid"), answers());
    }

    @Test
    void aProductOffThePositiveListIsRejected() {
        DeclarationRequest r = SampleOrders.directMail("KJ-SB-5");
        var line = r.lines().get(0);
        var toy = new io.kuajing.customs.DeclaredLine(1, line.itemNo(), "玩具", io.kuajing.kernel.HsCode.of("9619001100"),
                line.gmodel(), line.barCode(), line.unit(), line.qty(), line.price(), line.totalPrice(), line.origin(),
                line.netWeightKg());
        DeclarationRequest bad = new DeclarationRequest(r.orderNo(), r.regime(), r.portCode(), null, "5", r.broker(),
                r.order(), r.payment(), r.waybill(), List.of(toy, r.lines().get(1)));
        signed(bad).forEach(sandbox::send);
        assertTrue(answers().stream().anyMatch(a -> a.startsWith("CEB622 100 商品不在跨境电商零售进口商品清单内: 9619001100")));
    }

    @Test
    void theFileExchangeWritesSignedMessagesToTheOutboxForTheClient(@TempDir Path dir) throws Exception {
        FileExchangeSingleWindow files = new FileExchangeSingleWindow(dir.resolve("out"), dir.resolve("in"), 1 << 16);
        OutgoingMessage m = signed(SampleOrders.directMail("KJ-SB-6")).get(3);
        files.send(m);
        Path written = dir.resolve("out").resolve("CEB621_KJ-SB-6_" + m.guid() + ".xml");
        assertTrue(XmlDsigSigner.verify(Files.readAllBytes(written), SIGNER.certificate().getPublicKey()));
        try (var listing = Files.list(dir.resolve("out"))) {
            assertEquals(1, listing.count(), "no temporary file left behind");
        }
        assertTrue(new String(Files.readAllBytes(written), StandardCharsets.UTF_8).contains("CEB621Message"));
        assertEquals(MessageType.CEB621, m.type());
    }
}
