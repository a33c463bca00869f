package io.kuajing.purchase.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kuajing.kernel.RuleViolation;
import org.junit.jupiter.api.Test;

class BuyerAndConsigneeTest {

    @Test
    void aValidBuyerIsMaskedWhenPrinted() {
        Buyer buyer = Buyer.of("张三", "11010519491231002X", "+86 138-1234-5678");
        assertEquals("13812345678", buyer.phone().value());
        String printed = buyer.toString();
        assertFalse(printed.contains("11010519491231002X"), printed);
        assertFalse(printed.contains("13812345678"), printed);
    }

    @Test
    void aBadIdNumberNamesTheFieldAndTheRule() {
        RuleViolation e = assertThrows(RuleViolation.class, () -> Buyer.of("张三", "110105194912310021", "13812345678"));
        assertEquals("buyer.idNumber", e.field());
        assertEquals("id-number", e.rule());
    }

    @Test
    void aLandlineIsNotAMobile() {
        RuleViolation e = assertThrows(RuleViolation.class, () -> Buyer.of("张三", "11010519491231002X", "021-58881234"));
        assertEquals("buyer.phone", e.field());
        assertEquals("mobile-format", e.rule());
    }

    @Test
    void aProvinceCodeIsNotPreciseEnoughForDelivery() {
        RuleViolation e = assertThrows(RuleViolation.class,
                () -> Consignee.of("李四", "13912345678", "310000", "上海市浦东新区世纪大道1号"));
        assertEquals("consignee.divisionCode", e.field());
        assertEquals("310115", Consignee.of("李四", "13912345678", "310115", "上海市浦东新区世纪大道1号").divisionCode());
    }
}
