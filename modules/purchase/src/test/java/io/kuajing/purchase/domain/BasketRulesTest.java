package io.kuajing.purchase.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.Sku;
import org.junit.jupiter.api.Test;

class BasketRulesTest {

    @Test
    void aFullBasketTakesNoNewProductButStillChangesItsLines() {
        Basket basket = new Basket("c", List.of());
        for (int i = 0; i < Basket.MAX_LINES; i++) {
            basket.put(new Basket.Line(new Sku("SKU-" + i), 1, null));
        }
        RuleViolation full = assertThrows(RuleViolation.class, () -> basket.put(new Basket.Line(new Sku("ONE-MORE"), 1, null)));
        assertEquals("basket-size", full.rule());
        basket.put(new Basket.Line(new Sku("SKU-0"), 5, null));
        assertEquals(5, basket.lines().get(0).quantity());
        assertEquals(Basket.MAX_LINES, basket.lines().size());
    }

    @Test
    void aLineHoldsAtLeastOneUnit() {
        assertThrows(IllegalArgumentException.class, () -> new Basket.Line(new Sku("X"), 0, null));
    }
}
