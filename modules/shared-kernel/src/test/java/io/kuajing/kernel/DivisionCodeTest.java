package io.kuajing.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Counties named as a Chinese storefront's address picker names them. */
class DivisionCodeTest {

    @Test
    void aCountyIsFoundByItsProvinceCityAndDistrictNames() {
        assertEquals(Optional.of(new DivisionCode("330106")), DivisionCode.named("浙江省", "杭州市", "西湖区"));
        // A municipality: the buyer picks 上海市 as the city, which the list files under 市辖区.
        assertEquals(Optional.of(new DivisionCode("310115")), DivisionCode.named("上海市", "上海市", "浦东新区"));
    }

    @Test
    void aDistrictNameSharedInTheProvinceNeedsItsCity() {
        // 鼓楼区 is a district of both 南京市 and 徐州市 (江苏省).
        assertTrue(DivisionCode.named("江苏省", null, "鼓楼区").isEmpty());
        assertEquals("320106", DivisionCode.named("江苏省", "南京市", "鼓楼区").orElseThrow().value());
        assertTrue(DivisionCode.named("浙江省", "杭州市", "浦东新区").isEmpty());
        assertTrue(DivisionCode.named(null, "杭州市", "西湖区").isEmpty());
    }
}
