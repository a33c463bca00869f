package io.kuajing.customs.application;

import io.kuajing.customs.domain.declaration.UnsignedMessage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.kuajing.customs.Company;
import io.kuajing.customs.Consignee;
import io.kuajing.customs.DeclarationRequest;
import io.kuajing.customs.OrderToDeclare;
import io.kuajing.customs.Person;
import io.kuajing.customs.adapter.ceb.JaxbCustomsMessages;
import io.kuajing.customs.conformance.MessagesConformanceTest;
import io.kuajing.customs.support.Fixtures;
import io.kuajing.customs.support.SampleMessages;
import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;
import io.kuajing.kernel.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * Customs drafts the declaration from the seller's facts: its own registrations for parties, port and transport
 * mode, the product's words for gmodel, and net weights from a weighing, never a guess.
 */
class DeclarationDraftingTest {

    private static final Person BUYER = new Person("李四", ChineseIdNumber.of("440524188001010014"), "13912345678");

    static OrderToDeclare.Line line(String sku, String title, int quantity, String unitPrice, Integer grams,
                                    String brand, String specification) {
        return new OrderToDeclare.Line(sku, title, HsCode.of("3304990099"), brand, specification, quantity,
                Money.cny(unitPrice), CountryCode.of("US"), grams);
    }

    static OrderToDeclare directMail(OrderToDeclare.Waybill waybill, OrderToDeclare.Line... lines) {
        Money goods = java.util.Arrays.stream(lines).map(OrderToDeclare.Line::value).reduce(Money.zero(Money.CNY), Money::plus);
        Money freight = Money.cny("20.00");
        return new OrderToDeclare("KJ20261205DRAFT001", FulfilmentMode.DIRECT_MAIL, "US-NJ-01", "consumer-li", BUYER,
                new Consignee("李四", "13912345678", "广东省深圳市南山区科技园路1号"), goods, freight, Money.cny("0.00"),
                goods.plus(freight), List.of(lines), new OrderToDeclare.Payment("PAY-1", BUYER, goods.plus(freight),
                Instant.parse("2026-12-05T08:00:00Z")), waybill, CountryCode.of("US"));
    }

    static OrderToDeclare.Waybill courier(String grossKg) {
        return new OrderToDeclare.Waybill("3120980042", "AeroLink", "78412345675", null, new BigDecimal(grossKg), 1,
                "精华液", null, null, null);
    }

    private final DeclarationDrafting drafting = new DeclarationDrafting(
            new RegisteredDeclarants(RegisteredDeclarantsTest.registered()));

    /** The order as sold on a sales channel: the same facts, and the channel with its payment company. */
    static OrderToDeclare soldOn(String channel, OrderToDeclare o) {
        return new OrderToDeclare(o.orderNo(), o.mode(), o.warehouse(), o.buyerAccount(), o.buyer(), o.consignee(),
                o.goodsValue(), o.freight(), o.tax(), o.total(), o.lines(), o.payment(), o.waybill(), o.shipsFrom(),
                new OrderToDeclare.SoldOn(channel, "31222699S7", "支付宝（中国）网络技术有限公司"));
    }

    @Test
    void anOrderSoldOnAChannelIsDeclaredWithTheChannelAsPlatformAndItsPaymentCompanyAndConforms() {
        DeclarationRequest sold = drafting.draft(soldOn("cn-mall",
                directMail(courier("1.2"), line("S1", "精华液", 1, "100.00", 1200, null, null))));
        assertEquals("3301966XXM", sold.order().platform().code());
        assertEquals("模拟商城平台有限公司", sold.order().platform().name());
        assertEquals("3301960XXB", sold.order().seller().code(), "Kuajing still sells: the e-commerce company");
        assertEquals("31222699S7", sold.payment().paymentCompany().code());
        assertEquals("PAY-1", sold.payment().payTransactionId());

        // Transmitted by Kuajing's own single-window client, as the running app writes them (CebFactory).
        List<UnsignedMessage> messages = new JaxbCustomsMessages(Fixtures.REFERENCE.countries(),
                Fixtures.REFERENCE.legalUnits(), SampleMessages.DXP_ID, new Company("3301960XXA", "跨境优选平台"))
                .declare(sold, SampleMessages.COP_NO, SampleMessages.AT);
        MessagesConformanceTest.assertConforms(messages);
        String order = new String(messages.get(0).xml(), StandardCharsets.UTF_8);
        String inventory = new String(messages.get(3).xml(), StandardCharsets.UTF_8);
        assertTrue(order.contains("<ceb:ebpCode>3301966XXM</ceb:ebpCode>") && order.contains("<ceb:payCode>31222699S7</ceb:payCode>")
                && order.contains("<ceb:payTransactionId>PAY-1</ceb:payTransactionId>"), order);
        assertTrue(inventory.contains("<ceb:ebpCode>3301966XXM</ceb:ebpCode>"), inventory);
        assertTrue(order.contains("<ceb:copCode>3301960XXA</ceb:copCode>"), "the client transmitting is Kuajing's: " + order);
    }

    @Test
    void aChannelWithoutItsPlatformRegisteredIsRefusedByName() {
        RuleViolation refused = assertThrows(RuleViolation.class, () -> drafting.draft(soldOn("jp-mall",
                directMail(courier("1.2"), line("S1", "精华液", 1, "100.00", 1200, null, null)))));
        assertEquals(List.of("channel", "channel-registered"), List.of(refused.field(), refused.rule()));
    }

    @Test
    void aDirectMailOrderIsDeclaredUnderCustomsRegistrationsAndTheCarriersTransportModeWhenItGivesOne() {
        DeclarationRequest byCourier = drafting.draft(directMail(courier("1.2"), line("S1", "精华液", 1, "100.00", 1200, null, null)));
        assertEquals(Regime.CBEC_DIRECT_MAIL, byCourier.regime());
        assertEquals("2200", byCourier.portCode());
        assertEquals("5", byCourier.transportMode(), "a courier reports no mode: customs' registered one");
        assertEquals("3301960XXA", byCourier.order().platform().code());
        assertEquals("3120980XXD", byCourier.payment().paymentCompany().code());
        assertEquals("3120980042", byCourier.waybill().logisticsCompany().code());
        assertEquals(new BigDecimal("1.200"), byCourier.lines().get(0).netWeightKg());
        assertEquals("011", byCourier.lines().get(0).unit());

        OrderToDeclare.Waybill shipped = new OrderToDeclare.Waybill("3120980042", "AeroLink", "78412345675",
                "999-12345675", new BigDecimal("1.2"), 1, "精华液", "2", "COSCO HELLAS", "20261205");
        DeclarationRequest bySea = drafting.draft(directMail(shipped, line("S1", "精华液", 1, "100.00", 1200, null, null)));
        assertEquals("2", bySea.transportMode(), "the carrier's booking says how the parcel crosses");
        assertEquals("999-12345675", bySea.waybill().billNo());
    }

    @Test
    void gmodelIsNameBrandAndSpecificationAsFarAsKnownWithinCustomsLength() {
        assertEquals("破壁料理机/Brand/500克", DeclarationDrafting.gmodel(line("US-BLENDER", "破壁料理机", 1, "1", null,
                "Brand", "500克")));
        assertEquals("面霜", DeclarationDrafting.gmodel(line("X1", "面霜", 1, "1", null, null, null)));
        assertEquals(510, DeclarationDrafting.gmodel(line("X2", "名".repeat(300), 1, "1", 100, "牌".repeat(150),
                "规".repeat(150))).length());
    }

    @Test
    void aLineWhoseWeightTheMarketplaceDidNotGiveTakesItsShareOfTheWeighedParcel() {
        OrderToDeclare.Line weighed = line("W1", "面霜", 2, "100", 250, null, null);
        OrderToDeclare.Line unknownA = line("W2", "奶粉", 1, "300", null, null, null);
        OrderToDeclare.Line unknownB = line("W3", "奶粉", 1, "100", null, null, null);
        // 2.5 kg weighed: 0.5 kg known (2 x 250 g), 2 kg shared 3:1 by value.
        assertEquals(List.of(new BigDecimal("0.500"), new BigDecimal("1.500"), new BigDecimal("0.500")),
                DeclarationDrafting.lineNetWeightsKg(List.of(weighed, unknownA, unknownB), new BigDecimal("2.5")));
    }
}
