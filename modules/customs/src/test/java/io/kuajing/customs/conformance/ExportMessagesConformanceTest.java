package io.kuajing.customs.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;

import io.kuajing.customs.Company;
import io.kuajing.customs.ExportArrival;
import io.kuajing.customs.ExportCancellation;
import io.kuajing.customs.ExportDeparture;
import io.kuajing.customs.ExportMessages;
import io.kuajing.customs.ExportPaymentReceived;
import io.kuajing.customs.ExportSummary;
import io.kuajing.customs.adapter.singlewindow.ReceiptXml;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.customs.support.SampleParcels;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

/**
 * The export messages Kuajing writes (9610 parcels and 9810 consignments: CEB303 order, CEB505 waybill, CEB603 inventory list, CEB507 arrival at
 * the supervision site, CEB509 departure, CEB403 receipt of payment, CEB605 withdrawal, CEB701 summary declaration),
 * signed as they leave, validate against customs' own 2022-05 export schema; the official receipt samples (CEB304,
 * CEB506, CEB604, CEB702) are read. Without the specification on this machine every test here is reported as not run (assumption), never
 * passed.
 */
class ExportMessagesConformanceTest {

    static final ExportMessages WRITER = SampleParcels.WRITER;
    static final Instant AT = Instant.parse("2026-11-20T02:16:00Z");

    static Schema exportSchema() {
        return OfficialSpec.schema(OfficialSpec.require().resolve("ceb-2022-05/xsd").resolve(OfficialSpec.EXPORT_XSD_2022));
    }

    static Optional<String> violation(Schema schema, byte[] xml) {
        try {
            schema.newValidator().validate(new StreamSource(new java.io.ByteArrayInputStream(xml)));
            return Optional.empty();
        } catch (SAXException | IOException e) {
            return Optional.of(e.getMessage());
        }
    }

    @Test
    void aDirectParcelIsDeclaredWithMessagesThatConformToTheExportSchema() {
        Schema schema = exportSchema();
        List<ExportMessages.ExportMessage> messages = WRITER.declare(SampleParcels.parcel("EX20261120A1B2C3D4E5F6", false, List.of(
                SampleParcels.line(1, "ANK-PB-10K", "充电宝", "8507600020", "007", "2", "85.00", "0.25"),
                SampleParcels.line(2, "BJ-TEA-1", "龙井绿茶", "0902109000", "035", "1", "120.00", "0.10"))), AT);
        assertEquals(List.of("CEB303", "CEB505", "CEB603"), messages.stream().map(ExportMessages.ExportMessage::type).toList());
        List<String> problems = new ArrayList<>();
        for (ExportMessages.ExportMessage m : messages) {
            byte[] signed = MessagesConformanceTest.SIGNER.sign(m.xml());
            violation(schema, signed).ifPresent(v -> problems.add(m.type() + ": " + v));
        }
        assertEquals(List.of(), problems);
        String order = new String(messages.get(0).xml(), StandardCharsets.UTF_8);
        assertTrue(order.contains("<ceb:orderType>E</ceb:orderType>") && order.contains("<ceb:goodsValue>290.00</ceb:goodsValue>"), order);
        String inventory = new String(messages.get(2).xml(), StandardCharsets.UTF_8);
        assertTrue(inventory.contains("<ceb:ieFlag>E</ceb:ieFlag>") && inventory.contains("<ceb:tradeMode>9610</ceb:tradeMode>")
                && inventory.contains("<ceb:statisticsFlag>A</ceb:statisticsFlag>")
                && inventory.contains("<ceb:country>502</ceb:country>")
                && inventory.contains("<ceb:fCurrency>142</ceb:fCurrency>"), inventory);
        // Batteries count in 个 (2) with their net weight in kilograms second (0.25); tea sold by the kilogram counts
        // its declared quantity.
        assertTrue(inventory.contains("<ceb:qty1>2</ceb:qty1>") && inventory.contains("<ceb:qty2>0.25000</ceb:qty2>")
                && inventory.contains("<ceb:unit1>007</ceb:unit1>") && inventory.contains("<ceb:unit2>035</ceb:unit2>"), inventory);
        assertTrue(inventory.contains("<ceb:qty1>1</ceb:qty1>") && inventory.contains("<ceb:unit1>035</ceb:unit1>"), inventory);
    }

    @Test
    void aNinetyEightTenConsignmentToAnOverseasWarehouseIsDeclaredWithMessagesThatConform() {
        Schema schema = exportSchema();
        List<ExportMessages.ExportMessage> messages = WRITER.declare(SampleParcels.consignment("EC20261120A1B2C3D4E5"), AT);
        assertEquals(List.of("CEB303", "CEB505", "CEB603"), messages.stream().map(ExportMessages.ExportMessage::type).toList());
        List<String> problems = new ArrayList<>();
        for (ExportMessages.ExportMessage m : messages) {
            violation(schema, MessagesConformanceTest.SIGNER.sign(m.xml())).ifPresent(v -> problems.add(m.type() + ": " + v));
        }
        assertEquals(List.of(), problems);
        // The warehouse booking is a B2B export order (B), its value the 48 units' declared 4,080 CNY.
        String order = new String(messages.get(0).xml(), StandardCharsets.UTF_8);
        assertTrue(order.contains("<ceb:orderType>B</ceb:orderType>") && order.contains("<ceb:orderNo>EC20261120A1B2C3D4E5</ceb:orderNo>")
                && order.contains("<ceb:goodsValue>4080.00</ceb:goodsValue>"), order);
        String waybill = new String(messages.get(1).xml(), StandardCharsets.UTF_8);
        assertTrue(waybill.contains("<ceb:logisticsNo>COSU6301234560</ceb:logisticsNo>"), waybill);
        String inventory = new String(messages.get(2).xml(), StandardCharsets.UTF_8);
        assertTrue(inventory.contains("<ceb:tradeMode>9810</ceb:tradeMode>") && inventory.contains("<ceb:trafMode>2</ceb:trafMode>")
                && inventory.contains("<ceb:country>501</ceb:country>") && inventory.contains("<ceb:qty1>48</ceb:qty1>"), inventory);
    }

    @Test
    void aSummaryDeclarationForTheRefundIsFlaggedBAndStillConforms() {
        Schema schema = exportSchema();
        ExportMessages.ExportMessage inventory = WRITER.declare(SampleParcels.parcel("EX20261120B1", true, List.of(
                SampleParcels.line(1, "ANK-PB-10K", "充电宝", "8507600020", "007", "1", "85.00", "0.25"))), AT).get(2);
        assertEquals(Optional.empty(), violation(schema, MessagesConformanceTest.SIGNER.sign(inventory.xml())));
        assertTrue(new String(inventory.xml(), StandardCharsets.UTF_8).contains("<ceb:statisticsFlag>B</ceb:statisticsFlag>"));
    }

    @Test
    void theParcelsArrivalAtTheSupervisionSiteConforms() {
        Schema schema = exportSchema();
        ExportMessages.ExportMessage arrival = WRITER.arrival(new ExportArrival("5316", "A20261120001",
                new Company("4403980JGC", "深圳跨境监管场所有限公司"), null, "4", null, "粤B12345",
                new Company("4403980WLC", "跨境国际速递有限公司"), List.of("LX20261120A1", "LX20261120A2")), AT);
        assertEquals("CEB507", arrival.type());
        assertEquals(Optional.empty(), violation(schema, MessagesConformanceTest.SIGNER.sign(arrival.xml())));
        String xml = new String(arrival.xml(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<ceb:ieFlag>E</ceb:ieFlag>") && xml.contains("<ceb:gnum>2</ceb:gnum>")
                && xml.contains("<ceb:domesticTrafNo>粤B12345</ceb:domesticTrafNo>"), xml);
        assertEquals("domesticVehicle", assertThrows(RuleViolation.class, () -> WRITER.arrival(new ExportArrival("5316",
                "A2", new Company("4403980JGC", "深圳跨境监管场所有限公司"), null, "4", null, " ",
                new Company("4403980WLC", "跨境国际速递有限公司"), List.of("LX1")), AT)).field());
    }

    @Test
    void theParcelsDepartureConforms() {
        Schema schema = exportSchema();
        ExportMessages.ExportMessage departure = WRITER.departure(new ExportDeparture("5316", "D20261121001",
                new Company("4403980WLC", "跨境国际速递有限公司"), "5", "CZ", "CZ327", "78412345675",
                Instant.parse("2026-11-21T14:05:00Z"), List.of("LX20261120A1", "LX20261120A2")), AT);
        assertEquals("CEB509", departure.type());
        assertEquals(Optional.empty(), violation(schema, MessagesConformanceTest.SIGNER.sign(departure.xml())));
        String xml = new String(departure.xml(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<ceb:leaveTime>20261121220500</ceb:leaveTime>") && xml.contains("<ceb:gnum>2</ceb:gnum>")
                && xml.contains("<ceb:billNo>78412345675</ceb:billNo>"), xml);
    }

    @Test
    void theVendorsReceiptOfPaymentStatesTheCurrencyItWasPaidInAndConforms() {
        Schema schema = exportSchema();
        Company platform = new Company("4403960KJX", "跨境出口平台有限公司");
        Company vendor = new Company("4403960ABC", "深圳市安克创新科技有限公司");
        ExportMessages.ExportMessage dollars = WRITER.paymentReceived(new ExportPaymentReceived(platform, vendor,
                "EX20261120A1B2C3D4E5F6", null, "Amazon Payments, Inc.", "113-0000001-0000001", Money.of("39.98", "USD"), Instant.parse("2026-11-22T01:00:00Z")), AT);
        assertEquals("CEB403", dollars.type());
        assertEquals(Optional.empty(), violation(schema, MessagesConformanceTest.SIGNER.sign(dollars.xml())));
        String xml = new String(dollars.xml(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<ceb:charge>39.98</ceb:charge>") && xml.contains("<ceb:currency>502</ceb:currency>")
                && xml.contains("<ceb:accountingDate>20261122090000</ceb:accountingDate>"), xml);
        ExportMessages.ExportMessage yen = WRITER.paymentReceived(new ExportPaymentReceived(platform, vendor, "EX2", null,
                "アマゾンジャパン合同会社", null, Money.of("4980", "JPY"), AT), AT);
        assertTrue(new String(yen.xml(), StandardCharsets.UTF_8).contains("<ceb:currency>116</ceb:currency>"));
        assertEquals("charge.currency", assertThrows(RuleViolation.class, () -> WRITER.paymentReceived(new ExportPaymentReceived(
                platform, vendor, "EX3", null, "Zahlstelle", null, Money.of("10.00", "CHF"), AT),
                AT)).field(), "a currency customs has no code for on file is refused before anything is written");
    }

    @Test
    void withdrawingAnInventoryListConforms() {
        Schema schema = exportSchema();
        ExportMessages.ExportMessage cancel = WRITER.cancellation(new ExportCancellation("5316", "X20261123001",
                "531620261000001234", "买家取消订单，包裹未离境", new Company("4403980KJB", "跨境报关有限公司"),
                new Company("4403960ABC", "深圳市安克创新科技有限公司")), AT);
        assertEquals("CEB605", cancel.type());
        assertEquals(Optional.empty(), violation(schema, MessagesConformanceTest.SIGNER.sign(cancel.xml())));
        assertEquals("reason", assertThrows(RuleViolation.class, () -> WRITER.cancellation(new ExportCancellation("5316",
                "X2", "531620261000001234", " ", new Company("4403980KJB", "跨境报关有限公司"),
                new Company("4403960ABC", "深圳市安克创新科技有限公司")), AT)).field());
    }

    @Test
    void aSummaryDeclarationOfTypeBListsConforms() {
        Schema schema = exportSchema();
        ExportMessages.ExportMessage summary = WRITER.summary(new ExportSummary("5316", "K261130120000ABCDEFG",
                new Company("4403980KJB", "跨境报关有限公司"), new Company("4403960ABC", "深圳市安克创新科技有限公司"),
                List.of("531620260E000000001", "531620260E000000002")), AT);
        assertEquals("CEB701", summary.type());
        assertEquals(Optional.empty(), violation(schema, MessagesConformanceTest.SIGNER.sign(summary.xml())));
        String xml = new String(summary.xml(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<ceb:ebcCode>4403960ABC</ceb:ebcCode>") && xml.contains("<ceb:summaryFlag>1</ceb:summaryFlag>")
                && xml.contains("<ceb:invtNo>531620260E000000002</ceb:invtNo>") && !xml.contains("startTime"), xml);
        assertEquals("invtNos", assertThrows(RuleViolation.class, () -> WRITER.summary(new ExportSummary("5316", "K2",
                new Company("4403980KJB", "跨境报关有限公司"), new Company("4403960ABC", "深圳市安克创新科技有限公司"),
                List.of()), AT)).field());
    }

    @Test
    void summaryReceiptsAreReadFromCustomsSampleAndWrittenAsTheSchemaRequires() throws IOException {
        Path samples = OfficialSpec.require().resolve("ceb-2022-05/samples/export");
        byte[] sample = Files.readAllBytes(samples.resolve("CEB702Message.xml"));
        ExportMessages.ExportReceipt summary = WRITER.receipts(sample).get(0);
        assertEquals(List.of("CEB702", "C201805080001", "P20180507000000001"), List.of(summary.type(), summary.key(),
                summary.preNo()));
        Receipt read = new ReceiptXml(ReceiptXml.DEFAULT_MAX_BYTES).read(sample).get(0);
        assertEquals(List.of("C201805080001", "S20180507000000001"), List.of(read.copNo(), read.sumNo()));
        byte[] written = ReceiptXml.write(MessageType.CEB702, "123ENT97-2B80-4568-AECF-CB6C90530012", List.of(Map.of(
                "guid", "123ENT97-2B80-4568-AECF-CB6C90530012", "agentCode", "4403980KJB", "ebcCode", "4403960ABC",
                "copNo", "K261130120000ABCDEFG", "preNo", "B20261130000000001", "sumNo", "S20261130000000002",
                "msgSeqNo", "1", "returnStatus", "399", "returnTime", "20261130120000000", "returnInfo", "审结")), List.of());
        assertEquals(Optional.empty(), violation(exportSchema(), written));
        assertEquals("S20261130000000002", new ReceiptXml(ReceiptXml.DEFAULT_MAX_BYTES).read(written).get(0).sumNo());
    }

    @Test
    void whatTheSchemaWouldRefuseIsRefusedBeforehandNamingTheField() {
        OfficialSpec.require();
        RuleViolation longItem = assertThrows(RuleViolation.class, () -> WRITER.declare(SampleParcels.parcel("EX20261120C1", false, List.of(
                SampleParcels.line(1, "X".repeat(21), "充电宝", "8507600020", "007", "1", "85.00", "0.25"))), AT));
        assertEquals("lines[0].itemNo", longItem.field());
        RuleViolation noUnit = assertThrows(RuleViolation.class, () -> WRITER.declare(SampleParcels.parcel("EX20261120C2", false, List.of(
                SampleParcels.line(1, "TOY-1", "积木", "9503008900", "011", "1", "50.00", "0.5"))), AT));
        assertEquals("lines[0].hsCode", noUnit.field());
        assertEquals("legal-unit", noUnit.rule());
    }

    @Test
    void theOfficialReceiptSamplesAreRead() throws IOException {
        Path samples = OfficialSpec.require().resolve("ceb-2022-05/samples/export");
        List<ExportMessages.ExportReceipt> orders = WRITER.receipts(Files.readAllBytes(samples.resolve("CEB304Message.xml")));
        assertTrue(orders.size() > 1, "the sample holds several receipts");
        assertEquals("CEB304", orders.get(0).type());
        assertEquals("order2018050711340001", orders.get(0).key());
        assertEquals(2, orders.get(0).status());
        assertEquals(Instant.parse("2018-05-07T07:30:01.001Z"), orders.get(0).at());
        ExportMessages.ExportReceipt waybill = WRITER.receipts(Files.readAllBytes(samples.resolve("CEB506Message.xml"))).get(0);
        assertEquals("CEB506", waybill.type());
        assertTrue(waybill.key().startsWith("L"), waybill.toString());
        ExportMessages.ExportReceipt inventory = WRITER.receipts(Files.readAllBytes(samples.resolve("CEB604Message.xml"))).get(0);
        assertEquals("CEB604", inventory.type());
        assertTrue(inventory.preNo() != null && inventory.invtNo() != null, inventory.toString());
        ExportMessages.ExportReceipt withdrawal = WRITER.receipts(Files.readAllBytes(samples.resolve("CEB606Message.xml"))).get(0);
        assertEquals(List.of("CEB606", "Invt20180507000001"), List.of(withdrawal.type(), withdrawal.key()));
        ExportMessages.ExportReceipt payment = WRITER.receipts(Files.readAllBytes(samples.resolve("CEB404Message.xml"))).get(0);
        assertEquals(List.of("CEB404", "order2018050711340001", 2), List.of(payment.type(), payment.key(), payment.status()));
        for (String report : List.of("CEB508", "CEB510")) {
            ExportMessages.ExportReceipt answer = WRITER.receipts(Files.readAllBytes(samples.resolve(report + "Message.xml"))).get(0);
            assertEquals(report, answer.type());
            assertTrue(answer.key().toUpperCase().startsWith("COP") && answer.preNo() != null, answer.toString());
        }
        assertThrows(RuntimeException.class, () -> WRITER.receipts(Files.readAllBytes(samples.resolve("CEB303Message.xml"))),
                "an order is not a receipt");
    }
}
