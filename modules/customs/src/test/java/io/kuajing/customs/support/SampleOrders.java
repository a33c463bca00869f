package io.kuajing.customs.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import io.kuajing.customs.Company;
import io.kuajing.customs.Consignee;
import io.kuajing.customs.DeclarationRequest;
import io.kuajing.customs.DeclaredLine;
import io.kuajing.customs.OrderDocument;
import io.kuajing.customs.PaymentDocument;
import io.kuajing.customs.Person;
import io.kuajing.customs.WaybillDocument;
import io.kuajing.kernel.ChineseIdNumber;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;

/** A consistent CBEC order to declare, and variations of it. */
public final class SampleOrders {

    public static final ChineseIdNumber BUYER_ID = ChineseIdNumber.of("11010519491231002X");
    public static final Person BUYER = new Person("张三", BUYER_ID, "13812345678");
    public static final Consignee CONSIGNEE = new Consignee("张三", "13812345678", "浙江省杭州市西湖区文三路100号");
    public static final Company PLATFORM = new Company("3301960XXA", "跨境优选平台");
    public static final Company SELLER = new Company("3301960XXB", "跨境优选贸易有限公司");
    public static final Company BROKER = new Company("3301980XXC", "杭州报关行有限公司");
    public static final Company PAYMENT = new Company("3120980XXD", "支付科技有限公司");
    public static final Company LOGISTICS = new Company("3301980XXE", "跨境速递有限公司");
    public static final Company AREA_OPERATOR = new Company("3302980XXF", "宁波保税仓储有限公司");
    public static final Instant PAY_TIME = Instant.parse("2026-11-20T02:15:30Z");

    private SampleOrders() {
    }

    /**
     * {@link #directMail} with the buyer's platform registration number 61 characters long: customs' schema allows 60,
     * our own rules do not know every length; customs' schema does.
     */
    public static DeclarationRequest notConforming(String orderNo) {
        DeclarationRequest r = directMail(orderNo);
        OrderDocument o = r.order();
        return new DeclarationRequest(r.orderNo(), r.regime(), r.portCode(), null, "5", r.broker(),
                new OrderDocument(o.platform(), o.seller(), o.goodsValue(), o.freight(), o.discount(), o.taxTotal(),
                        o.acturalPaid(), "b".repeat(61), o.buyer(), o.consignee()), r.payment(), r.waybill(), r.lines());
    }

    /** Two lines, 9610 direct mail: goods 200.00 + freight 20.00 + tax 20.02 - discount 10.00 = 230.02. */
    public static DeclarationRequest directMail(String orderNo) {
        return request(orderNo, Regime.CBEC_DIRECT_MAIL, null, BUYER);
    }

    public static DeclarationRequest bonded(String orderNo, String emsNo, Person buyer) {
        return request(orderNo, Regime.CBEC_BONDED, emsNo, buyer);
    }

    /** One indivisible item at {@code price}, no freight, tax or discount: for limit scenarios. */
    public static DeclarationRequest singleItem(String orderNo, Person buyer, String price) {
        Money amount = Money.cny(price);
        List<DeclaredLine> lines = List.of(new DeclaredLine(1, "SKU-MIXER-1", "厨师机", HsCode.of("8509809000"),
                "厨师机/KitchenPro/1台", null, "011", BigDecimal.ONE, amount, amount, CountryCode.of("DE"),
                new BigDecimal("6.000")));
        OrderDocument order = new OrderDocument(PLATFORM, SELLER, amount, Money.cny("0.00"), Money.cny("0.00"),
                Money.cny("0.00"), amount, "buyer-0002", buyer, CONSIGNEE);
        PaymentDocument payment = new PaymentDocument(PAYMENT, "PAY" + orderNo, buyer, amount, PAY_TIME);
        WaybillDocument waybill = new WaybillDocument(LOGISTICS, "LN" + orderNo, "BILL20261120", Money.cny("0.00"),
                Money.cny("0.00"), new BigDecimal("6.500"), new BigDecimal("6.000"), 1, "厨师机", CONSIGNEE);
        return new DeclarationRequest(orderNo, Regime.CBEC_DIRECT_MAIL, "2200", null, "5", BROKER, order, payment, waybill, lines);
    }

    /** White sugar (capped at 2 kg per person per year) at 20.00 per unit, declared in {@code unit}. */
    public static DeclarationRequest sugar(String orderNo, Person buyer, String qty, String unit) {
        BigDecimal quantity = new BigDecimal(qty);
        Money price = Money.cny("20.00");
        Money total = price.times(quantity);
        List<DeclaredLine> lines = List.of(new DeclaredLine(1, "SKU-SUGAR", "白砂糖", HsCode.of("1701991000"),
                "白砂糖/CSR/1kg/袋", null, unit, quantity, price, total, CountryCode.of("AU"), quantity));
        OrderDocument order = new OrderDocument(PLATFORM, SELLER, total, Money.cny("0.00"), Money.cny("0.00"),
                Money.cny("0.00"), total, "buyer-0003", buyer, CONSIGNEE);
        PaymentDocument payment = new PaymentDocument(PAYMENT, "PAY" + orderNo, buyer, total, PAY_TIME);
        WaybillDocument waybill = new WaybillDocument(LOGISTICS, "LN" + orderNo, "BILL20261120", Money.cny("0.00"),
                Money.cny("0.00"), quantity, quantity, 1, "白砂糖", CONSIGNEE);
        return new DeclarationRequest(orderNo, Regime.CBEC_DIRECT_MAIL, "2200", null, "5", BROKER, order, payment, waybill, lines);
    }

    public static DeclarationRequest request(String orderNo, Regime regime, String emsNo, Person buyer) {
        List<DeclaredLine> lines = List.of(
                new DeclaredLine(1, "SKU-CREAM-50", "面霜", HsCode.of("3304990099"), "面霜/资生堂/50ml/瓶",
                        "4901234567890", "011", new BigDecimal("1"), Money.cny("150.00"), Money.cny("150.00"),
                        CountryCode.of("JP"), new BigDecimal("0.120")),
                new DeclaredLine(2, "SKU-LIP-01", "唇膏", HsCode.of("3304100000"), "唇膏/迪奥/3.5g/支",
                        "4901234567891", "011", new BigDecimal("2"), Money.cny("25.00"), Money.cny("50.00"),
                        CountryCode.of("FR"), new BigDecimal("0.060")));
        OrderDocument order = new OrderDocument(PLATFORM, SELLER, Money.cny("200.00"), Money.cny("20.00"),
                Money.cny("10.00"), Money.cny("20.02"), Money.cny("230.02"), "buyer-0001", buyer, CONSIGNEE);
        PaymentDocument payment = new PaymentDocument(PAYMENT, "PAY" + orderNo, buyer, Money.cny("230.02"), PAY_TIME);
        boolean bonded = regime.isBonded();
        WaybillDocument waybill = new WaybillDocument(LOGISTICS, "LN" + orderNo, bonded ? null : "78412345675",
                Money.cny("20.00"), Money.cny("0.00"), new BigDecimal("0.350"), new BigDecimal("0.180"), 1, "面霜 唇膏",
                CONSIGNEE, bonded ? null : "B-6088", bonded ? null : "NH0959", bonded ? null : CountryCode.of("JP"));
        return new DeclarationRequest(orderNo, regime, "2900", emsNo, bonded ? "Y" : "5", BROKER, order, payment,
                waybill, lines, bonded ? AREA_OPERATOR : null);
    }
}
