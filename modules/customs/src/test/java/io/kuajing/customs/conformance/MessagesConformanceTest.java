package io.kuajing.customs.conformance;

import io.kuajing.customs.domain.declaration.UnsignedMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.kuajing.customs.Company;
import io.kuajing.customs.Consignee;
import io.kuajing.customs.DeclarationRequest;
import io.kuajing.customs.DeclaredLine;
import io.kuajing.customs.OrderDocument;
import io.kuajing.customs.PaymentDocument;
import io.kuajing.customs.Person;
import io.kuajing.customs.WaybillDocument;
import io.kuajing.customs.adapter.ceb.XsdMessageSchema;
import io.kuajing.customs.adapter.signer.XmlDsigSigner;
import io.kuajing.customs.domain.declaration.Declaration;
import io.kuajing.customs.domain.declaration.DeclarationLine;
import io.kuajing.customs.domain.declaration.DeclarationStatus;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import io.kuajing.customs.domain.quota.BuyerKey;
import io.kuajing.customs.support.Fixtures;
import io.kuajing.customs.support.SampleMessages;
import io.kuajing.customs.support.SampleOrders;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;
import io.kuajing.kernel.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * Every message Kuajing sends (CEB311, 411, 511, 621, 623, 625), signed as it leaves, validates against customs' own
 * 2022-05 import schema, through the same validator the running product uses ({@link XsdMessageSchema}): for direct
 * mail with and without the line haul's transport, bonded import in and outside pilot cities, a basket of many
 * lines and the longest values our data can hold.
 */
public class MessagesConformanceTest {

    static final XmlDsigSigner SIGNER = XmlDsigSigner.fromPem(Fixtures.CONFIG.resolve("dev-signing/dev-signing-key.pem"),
            Fixtures.CONFIG.resolve("dev-signing/dev-signing-cert.pem"));

    static XsdMessageSchema schema() {
        return XsdMessageSchema.compile(OfficialSpec.require().resolve("ceb-2022-05").resolve("xsd"));
    }

    /** Signs each message as it leaves and validates it against customs' schema; other packages' tests use it too. */
    public static void assertConforms(List<UnsignedMessage> messages) {
        XsdMessageSchema schema = schema();
        List<String> problems = new ArrayList<>();
        for (UnsignedMessage m : messages) {
            OutgoingMessage signed = SIGNER.sign(m);
            schema.violation(signed).ifPresent(v -> problems.add(m.type() + ": " + v));
        }
        assertEquals(List.of(), problems);
    }

    public static List<UnsignedMessage> declare(DeclarationRequest request) {
        return SampleMessages.writer().declare(request, SampleMessages.COP_NO, SampleMessages.AT);
    }

    @Test
    void directMailWithItsLineHaulConforms() {
        List<UnsignedMessage> messages = declare(SampleOrders.directMail("KJ20261120A1B2C3D4"));
        assertEquals(4, messages.size());
        assertConforms(messages);
        String inventory = new String(messages.get(3).xml(), StandardCharsets.UTF_8);
        assertTrue(inventory.contains("<ceb:trafNo>B-6088</ceb:trafNo>") && inventory.contains("<ceb:voyageNo>NH0959</ceb:voyageNo>")
                && inventory.contains("<ceb:billNo>78412345675</ceb:billNo>"), "9610 names its line haul");
        assertTrue(inventory.contains("<ceb:country>116</ceb:country>"), "head country: where the parcel left from (JP)");
    }

    @Test
    void directMailWhoseCarrierDidNotReportTheLineHaulConformsWithoutIt() {
        DeclarationRequest r = SampleOrders.directMail("KJ20261120A1B2C3D5");
        WaybillDocument w = r.waybill();
        WaybillDocument unknown = new WaybillDocument(w.logisticsCompany(), w.logisticsNo(), null, w.freight(),
                w.insuredFee(), w.grossWeight(), w.netWeight(), w.packNo(), w.goodsInfo(), w.consignee());
        List<UnsignedMessage> messages = declare(new DeclarationRequest(r.orderNo(), r.regime(), r.portCode(), null,
                r.transportMode(), r.broker(), r.order(), r.payment(), unknown, r.lines()));
        assertConforms(messages);
        String inventory = new String(messages.get(3).xml(), StandardCharsets.UTF_8);
        assertTrue(!inventory.contains("trafNo") && inventory.contains("<ceb:country>701</ceb:country>"),
                "no transport fields, departure country 701 国别不详");
    }

    @Test
    void bondedImportConformsWithItsAreaOperatorAndAccountBook() {
        List<UnsignedMessage> messages = declare(SampleOrders.bonded("KJ20261120B1", "T2900W000001", SampleOrders.BUYER));
        assertConforms(messages);
        String inventory = new String(messages.get(3).xml(), StandardCharsets.UTF_8);
        assertTrue(inventory.contains("<ceb:areaCode>3302980XXF</ceb:areaCode>")
                && inventory.contains("<ceb:emsNo>T2900W000001</ceb:emsNo>")
                && inventory.contains("<ceb:country>142</ceb:country>"), inventory);
    }

    @Test
    void bondedImportOutsidePilotCitiesConforms() {
        DeclarationRequest r = SampleOrders.bonded("KJ20261120B2", "T2900W000001", SampleOrders.BUYER);
        assertConforms(declare(new DeclarationRequest(r.orderNo(), Regime.CBEC_BONDED_NON_PILOT, r.portCode(), r.emsNo(),
                r.transportMode(), r.broker(), r.order(), r.payment(), r.waybill(), r.lines(), r.areaOperator())));
    }

    @Test
    void legalQuantitiesComeFromTheLegalUnitOfEachHsCode() {
        String inventory = new String(declare(SampleOrders.directMail("KJ20261120L1")).get(3).xml(), StandardCharsets.UTF_8);
        // Cosmetics (3304) are counted in kilograms: qty1 is the line's net weight; the mixer (8509) in 台.
        assertTrue(inventory.contains("<ceb:qty1>0.12000</ceb:qty1>") && inventory.contains("<ceb:unit1>035</ceb:unit1>"), inventory);
        String mixer = new String(SampleMessages.writer().declare(SampleOrders.singleItem("KJ20261120L2", SampleOrders.BUYER,
                "4000.00"), SampleMessages.COP_NO, SampleMessages.AT).get(3).xml(), StandardCharsets.UTF_8);
        assertTrue(mixer.contains("<ceb:qty1>1</ceb:qty1>") && mixer.contains("<ceb:unit1>001</ceb:unit1>"), mixer);
    }

    @Test
    void aProductWhoseHsCodeHasNoLegalUnitIsNotDeclarable() {
        DeclarationRequest r = SampleOrders.directMail("KJ20261120L3");
        DeclaredLine toy = new DeclaredLine(1, "SKU-TOY", "积木", HsCode.of("9503008900"), "积木/乐高", null, "011",
                BigDecimal.ONE, Money.cny("150.00"), Money.cny("150.00"), CountryCode.of("JP"), new BigDecimal("0.5"));
        RuleViolation refused = assertThrows(RuleViolation.class, () -> declare(new DeclarationRequest(r.orderNo(),
                r.regime(), r.portCode(), null, "5", r.broker(), r.order(), r.payment(), r.waybill(),
                List.of(toy, r.lines().get(1)))));
        assertEquals("lines[0].hsCode", refused.field());
        assertEquals("legal-unit", refused.rule());
    }

    @Test
    void aBasketOfManyLinesConforms() {
        String[] codes = {"0402100000", "1901101000", "2106909090", "3004909099", "3303000010", "3304990099",
                "3304100000", "3305100000", "6403990090", "6404110000", "8471300000", "8509400000", "8516310000",
                "8518300000", "1006302000", "1701991000", "0402210000", "8509809000", "9619001100", "3304990099"};
        List<DeclaredLine> lines = new ArrayList<>();
        for (int i = 0; i < codes.length; i++) {
            lines.add(new DeclaredLine(i + 1, "SKU-" + i, "商品" + i, HsCode.of(codes[i]), "商品" + i + "/品牌/规格",
                    null, "011", new BigDecimal("2"), Money.cny("10.00"), Money.cny("20.00"), CountryCode.of("US"),
                    new BigDecimal("0.8")));
        }
        assertConforms(declare(request("KJ20261120M1", lines, SampleOrders.CONSIGNEE, SampleOrders.BUYER,
                new Company("3301980XXE", "跨境速递有限公司"))));
    }

    @Test
    void theLongestValuesOurDataCanHoldConform() {
        // Order numbers are at most 26 characters (KJ, the date, 16); names at most 50 (purchase_order), addresses
        // 200, SKUs 64 (too long for itemNo: left out), reviewed Chinese names 250, gmodel 510, carriers' names 100.
        String orderNo = "KJ20261120" + "Z".repeat(16);
        String name = "欧".repeat(50);
        Person buyer = new Person(name, SampleOrders.BUYER_ID, "13812345678");
        Consignee consignee = new Consignee(name, "13812345678", "址".repeat(200));
        List<DeclaredLine> lines = new ArrayList<>();
        for (int i = 0; i < 99; i++) {
            lines.add(new DeclaredLine(i + 1, "S" + "K".repeat(62) + (i % 10), "名".repeat(250), HsCode.of("3304990099"),
                    "规".repeat(510), "4".repeat(50), "011", new BigDecimal("1"), Money.cny("1.00"), Money.cny("1.00"),
                    CountryCode.of("JP"), new BigDecimal("0.05")));
        }
        assertConforms(declare(request(orderNo, lines, consignee, buyer,
                new Company("3301980XXE", "物".repeat(100)))));
    }

    @Test
    void cancellationAndReturnConform() {
        DeclarationRequest r = SampleOrders.bonded("KJ20261120C1", "T2900W000001", SampleOrders.BUYER);
        List<DeclarationLine> lines = r.lines().stream().map(l -> new DeclarationLine(l.gnum(), l.itemNo(),
                l.itemName(), l.hsCode(), l.unit(), l.qty(), l.totalPrice(), BigDecimal.ZERO, BigDecimal.ONE)).toList();
        Declaration d = new Declaration(r.orderNo(), SampleMessages.COP_NO, r.payment().payTransactionId(), r.regime(),
                r.portCode(), r.emsNo(), new Declaration.Parties(SampleOrders.PLATFORM, SampleOrders.SELLER,
                SampleOrders.BROKER, SampleOrders.LOGISTICS), r.waybill().logisticsNo(),
                new BuyerKey("0".repeat(64), "110*************2X"), r.order().acturalPaid(), r.order().taxTotal(), lines,
                "29002026I000000001", "B20261120000000001", DeclarationStatus.RELEASED, null, null,
                LocalDate.of(2026, 11, 21), null, null);
        assertConforms(List.of(SampleMessages.writer().cancel(d, SampleOrders.BUYER, "买家取消订单", SampleMessages.AT),
                SampleMessages.writer().refund(d, SampleOrders.BUYER, "退".repeat(200), SampleMessages.AT)));
    }

    @Test
    void theRuntimeValidatorNamesWhatIsWrong() {
        UnsignedMessage order = declare(SampleOrders.directMail("KJ20261120V1")).get(0);
        String broken = new String(order.xml(), StandardCharsets.UTF_8)
                .replaceAll("<ceb:dxpId>[^<]*</ceb:dxpId>", "");
        Optional<String> violation = schema().violation(broken.getBytes(StandardCharsets.UTF_8));
        assertTrue(violation.isPresent() && violation.get().contains("dxpId"), violation.toString());
        assertTrue(violation.get().startsWith("line "), violation.get());
        assertEquals(Optional.empty(), schema().violation(SIGNER.sign(order)));
    }

    /** A direct-mail order of {@code lines} (goods at their totals, no freight, tax or discount). */
    static DeclarationRequest request(String orderNo, List<DeclaredLine> lines, Consignee consignee, Person buyer,
                                      Company logistics) {
        Money goods = lines.stream().map(DeclaredLine::totalPrice).reduce(Money.cny("0.00"), Money::plus);
        Money zero = Money.cny("0.00");
        OrderDocument order = new OrderDocument(SampleOrders.PLATFORM, SampleOrders.SELLER, goods, zero, zero, zero, goods,
                "buyer-" + "9".repeat(54), buyer, consignee);
        PaymentDocument payment = new PaymentDocument(SampleOrders.PAYMENT, "P".repeat(60), buyer, goods,
                SampleOrders.PAY_TIME);
        WaybillDocument waybill = new WaybillDocument(logistics, "L".repeat(60), "7".repeat(37), zero, zero,
                new BigDecimal("99.5"), new BigDecimal("95.25"), 1, "品".repeat(200), consignee, "T".repeat(100),
                "V".repeat(32), CountryCode.of("US"));
        return new DeclarationRequest(orderNo, Regime.CBEC_DIRECT_MAIL, "2200", null, "5", SampleOrders.BROKER, order,
                payment, waybill, lines);
    }
}
