package io.kuajing.customs.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kuajing.customs.Consignee;
import io.kuajing.customs.Person;
import io.kuajing.kernel.ChineseIdNumber;
import org.junit.jupiter.api.Test;

class BuyerIdentityTest {

    static final ChineseIdNumber ID = ChineseIdNumber.of("11010519491231002X");

    @Test
    void theBuyerIsThePayerWhenNameAndIdNumberAgreeWhateverThePhone() {
        Person buyer = new Person("张三", ID, "13812345678");
        assertTrue(buyer.sameIdentityAs(new Person("张三", ChineseIdNumber.of("11010519491231002x"), "13900000000")));
        assertFalse(buyer.sameIdentityAs(new Person("张四", ID, "13812345678")));
        assertFalse(buyer.sameIdentityAs(new Person("张三", ChineseIdNumber.of("440524188001010014"), "13812345678")));
    }

    @Test
    void personalDataNeverShowsInToString() {
        String shown = new Person("张三丰", ID, "13812345678").toString()
                + new Consignee("张三丰", "13812345678", "浙江省杭州市西湖区文三路100号").toString();
        assertFalse(shown.contains("11010519491231002X"), shown);
        assertFalse(shown.contains("三丰"), shown);
        assertFalse(shown.contains("12345678"), shown);
        assertFalse(shown.contains("文三路"), shown);
        assertTrue(shown.contains("110*************2X"), shown);
    }

    @Test
    void aNumberWithABadChecksumOrAnImpossibleBirthDateIsNoIdNumber() {
        assertThrows(IllegalArgumentException.class, () -> ChineseIdNumber.of("110105194912310021"));
        assertThrows(IllegalArgumentException.class, () -> ChineseIdNumber.of("110105194902300020"));
    }
}
