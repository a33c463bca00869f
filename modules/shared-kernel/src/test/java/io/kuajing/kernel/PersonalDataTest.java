package io.kuajing.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersonalDataTest {

    @Test
    void masksPhonesNamesAndAddresses() {
        assertEquals("138****5678", PersonalData.maskPhone("13812345678"));
        assertEquals("张**", PersonalData.maskName("张三丰"));
        assertEquals("上海市浦东新*******", PersonalData.maskAddress("上海市浦东新区世纪大道1号"));
        assertEquals("**", PersonalData.mask("ab", 3, 2));
    }
}
