package io.kuajing.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void holdsTheCurrencysMinorUnit() {
        assertEquals(new BigDecimal("10.00"), Money.cny("10").amount());
        assertEquals(new BigDecimal("1235"), Money.of("1234.5", "JPY").amount());
    }

    @Test
    void roundsHalfUpToTheFen() {
        assertEquals(Money.cny("0.01"), Money.cny("0.005"));
        assertEquals(Money.cny("9.10"), Money.cny("100").times(new BigDecimal("0.091")));
        assertEquals(Money.cny("0.05"), Money.cny("0.5").times(new BigDecimal("0.091")));
    }

    @Test
    void refusesToMixCurrencies() {
        assertThrows(IllegalArgumentException.class, () -> Money.cny("1").plus(Money.of("1", "USD")));
    }

    @Test
    void adds() {
        assertEquals(Money.cny("3.30"), Money.cny("1.10").plus(Money.cny("2.20")));
        assertEquals(Money.cny("-1.10"), Money.cny("1.10").minus(Money.cny("2.20")));
    }
}
