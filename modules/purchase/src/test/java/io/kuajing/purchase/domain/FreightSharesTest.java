package io.kuajing.purchase.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;

import io.kuajing.kernel.Money;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class FreightSharesTest {

    @Test
    void freightFollowsGoodsValueAndAddsUp() {
        assertEquals(List.of(Money.cny("10.00"), Money.cny("20.00"), Money.cny("15.00")),
                FreightShares.split(Money.cny("45.00"), List.of(Money.cny("100"), Money.cny("200"), Money.cny("150"))));
    }

    @Property
    void sharesAlwaysAddUpToTheFreight(@ForAll @IntRange(min = 0, max = 100_000) int freightFen,
                                       @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 1_000_000) Integer> goodsFen) {
        Money freight = new Money(BigDecimal.valueOf(freightFen, 2), Money.CNY);
        List<Money> goods = goodsFen.stream().map(f -> new Money(BigDecimal.valueOf(f, 2), Money.CNY)).toList();
        Money sum = FreightShares.split(freight, goods).stream().reduce(Money.zero(Money.CNY), Money::plus);
        assertEquals(freight, sum);
    }
}
