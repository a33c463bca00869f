package io.kuajing.customs.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import io.kuajing.customs.Consignee;
import io.kuajing.customs.DeclarationRequest;
import io.kuajing.customs.DeclaredLine;
import io.kuajing.customs.OrderDocument;
import io.kuajing.customs.PaymentDocument;
import io.kuajing.customs.Person;
import io.kuajing.customs.WaybillDocument;
import io.kuajing.customs.domain.declaration.DeclarationRules;
import io.kuajing.customs.support.SampleOrders;
import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The three-document matching rules (三单比对) over generated amounts. */
class DeclarationRulesPropertiesTest {

    final DeclarationRules rules = new DeclarationRules();

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("4999.99")).ofScale(2);
    }

    /** An order whose amounts all agree: acturalPaid = goodsValue + freight + taxTotal - discount = amountPaid. */
    static DeclarationRequest consistent(BigDecimal unitPrice, int qty, BigDecimal freight, BigDecimal tax,
                                         BigDecimal discountShare) {
        Money price = new Money(unitPrice, Money.CNY);
        Money goods = price.times(qty);
        Money discount = goods.times(discountShare);
        Money paid = goods.plus(new Money(freight, Money.CNY)).plus(new Money(tax, Money.CNY)).minus(discount);
        DeclarationRequest base = SampleOrders.directMail("KJ-PROP-1");
        DeclaredLine line = new DeclaredLine(1, "SKU-1", "面霜", base.lines().get(0).hsCode(), null, null, "011",
                BigDecimal.valueOf(qty), price, goods, base.lines().get(0).origin());
        OrderDocument o = base.order();
        OrderDocument order = new OrderDocument(o.platform(), o.seller(), goods, new Money(freight, Money.CNY),
                discount, new Money(tax, Money.CNY), paid, o.buyerRegNo(), o.buyer(), o.consignee());
        PaymentDocument p = base.payment();
        WaybillDocument w = base.waybill();
        // The waybill declares the order's freight (one amount on all three documents).
        WaybillDocument waybill = new WaybillDocument(w.logisticsCompany(), w.logisticsNo(), w.billNo(),
                new Money(freight, Money.CNY), w.insuredFee(), w.grossWeight(), w.netWeight(), w.packNo(), w.goodsInfo(),
                w.consignee(), w.trafNo(), w.voyageNo(), w.departureCountry());
        return new DeclarationRequest(base.orderNo(), base.regime(), base.portCode(), null, "5", base.broker(), order,
                new PaymentDocument(p.paymentCompany(), p.payTransactionId(), p.payer(), paid, p.payTime()),
                waybill, List.of(line));
    }

    @Property
    void consistentDocumentsBreakNoRule(@ForAll("amounts") BigDecimal unitPrice, @ForAll @IntRange(min = 1, max = 9) int qty,
                                        @ForAll("amounts") BigDecimal freight, @ForAll("amounts") BigDecimal tax) {
        assertEquals(List.of(), rules.violations(consistent(unitPrice, qty, freight, tax, new BigDecimal("0.1"))));
    }

    @Property
    void anyDifferenceBetweenPaidAndTheSumIsCaught(@ForAll("amounts") BigDecimal unitPrice,
                                                   @ForAll("amounts") BigDecimal freight, @ForAll("amounts") BigDecimal tax,
                                                   @ForAll @IntRange(min = -100000, max = 100000) int fenOff) {
        net.jqwik.api.Assume.that(fenOff != 0);
        DeclarationRequest ok = consistent(unitPrice, 1, freight, tax, BigDecimal.ZERO);
        Money wrong = ok.order().acturalPaid().plus(Money.cny(BigDecimal.valueOf(fenOff, 2).toPlainString()));
        OrderDocument o = ok.order();
        DeclarationRequest bad = new DeclarationRequest(ok.orderNo(), ok.regime(), ok.portCode(), null, "5", ok.broker(),
                new OrderDocument(o.platform(), o.seller(), o.goodsValue(), o.freight(), o.discount(), o.taxTotal(),
                        wrong, o.buyerRegNo(), o.buyer(), o.consignee()),
                ok.payment(), ok.waybill(), ok.lines());
        List<String> broken = rules.violations(bad).stream().map(RuleViolation::rule).toList();
        assertTrue(broken.contains("actural-paid-sum"), broken.toString());
        assertTrue(broken.contains("amount-paid-matches-order"), broken.toString());
    }

    @Property
    void aPayerWhoIsNotTheBuyerIsCaught(@ForAll("amounts") BigDecimal unitPrice, @ForAll boolean otherName) {
        DeclarationRequest ok = consistent(unitPrice, 1, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO);
        Person buyer = ok.order().buyer();
        Person payer = otherName ? new Person("李四", buyer.idNumber(), buyer.telephone())
                : new Person(buyer.name(), ChineseIdNumber.of("440524188001010014"), buyer.telephone());
        PaymentDocument p = ok.payment();
        DeclarationRequest bad = new DeclarationRequest(ok.orderNo(), ok.regime(), ok.portCode(), null, "5", ok.broker(),
                ok.order(), new PaymentDocument(p.paymentCompany(), p.payTransactionId(), payer, p.amountPaid(), p.payTime()),
                ok.waybill(), ok.lines());
        List<RuleViolation> found = rules.violations(bad);
        assertEquals(1, found.size());
        assertEquals("payment.payer", found.get(0).field());
        assertEquals("buyer-is-payer", found.get(0).rule());
    }

    @Property
    void aConsigneeThatDiffersInNamePhoneOrAddressIsCaught(@ForAll @IntRange(min = 0, max = 2) int which,
                                                          @ForAll("amounts") BigDecimal unitPrice) {
        DeclarationRequest ok = consistent(unitPrice, 1, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ZERO);
        Consignee c = ok.order().consignee();
        Consignee other = switch (which) {
            case 0 -> new Consignee("李四", c.telephone(), c.address());
            case 1 -> new Consignee(c.name(), "13900000000", c.address());
            default -> new Consignee(c.name(), c.telephone(), c.address() + "2号楼");
        };
        WaybillDocument w = ok.waybill();
        DeclarationRequest bad = new DeclarationRequest(ok.orderNo(), ok.regime(), ok.portCode(), null, "5", ok.broker(),
                ok.order(), ok.payment(), new WaybillDocument(w.logisticsCompany(), w.logisticsNo(), w.billNo(), w.freight(),
                w.insuredFee(), w.grossWeight(), w.netWeight(), w.packNo(), w.goodsInfo(), other), ok.lines());
        assertEquals(List.of("consignee-matches-order"), rules.violations(bad).stream().map(RuleViolation::rule).toList());
    }
}
