package io.kuajing.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import io.kuajing.kernel.Money;
import org.junit.jupiter.api.Test;

class FxRateTest {

    static FxRate rate(String currency, String cnyPerUnit) {
        return new FxRate(Currency.getInstance(currency), new BigDecimal(cnyPerUnit), LocalDate.of(2026, 11, 20), "test");
    }

    @Test
    void convertsExactlyAndRoundsOnceHalfUpToTheFen() {
        assertEquals(Money.cny("177.56"), rate("USD", "7.1052").toCny(Money.of("24.99", "USD")), "177.558948");
        assertEquals(Money.cny("59.84"), rate("JPY", "0.046571").toCny(Money.of("1285", "JPY")), "59.843735");
    }

    @Test
    void anExactHalfFenRoundsUpNotToEven() {
        // 0.50 x 0.01 = 0.005 CNY: HALF_UP gives 0.01, banker's rounding would give 0.00.
        assertEquals(Money.cny("0.01"), rate("USD", "0.01").toCny(Money.of("0.50", "USD")));
        assertEquals(Money.cny("0.03"), rate("USD", "0.05").toCny(Money.of("0.50", "USD")), "0.025 up to 0.03");
    }

    @Test
    void aRateConvertsOnlyItsOwnCurrency() {
        assertThrows(IllegalArgumentException.class, () -> rate("USD", "7.1").toCny(Money.of("1", "JPY")));
    }
}
