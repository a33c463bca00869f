package io.kuajing.purchase.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CustomsRefusalReasonTest {

    @Test
    void customsRuleIsWhatComesBeforeTheOrdersFigures() {
        assertEquals("CEB622 100 超过年度交易限值", CustomsRefusalReason.rule("CEB622 100 超过年度交易限值: 剩余额度 6000.00"));
        assertEquals("三单比对失败", CustomsRefusalReason.rule("三单比对失败：订单实付金额与支付金额不符"));
        assertEquals("清单不存在或未放行", CustomsRefusalReason.rule(" 清单不存在或未放行 "));
        assertEquals("", CustomsRefusalReason.rule(null));
    }
}
