package io.kuajing.logistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import io.kuajing.kernel.Money;
import org.junit.jupiter.api.Test;

class CarrierSelectionTest {

    private static CarrierOffer offer(String id, int maxDays, String price) {
        return new CarrierOffer(new CarrierCandidate(id, "S", LegKind.LAST_MILE, 1, maxDays), price == null ? null : Money.cny(price));
    }

    @Test
    void keepsThePromiseFirstThenQuotedThenCheapest() {
        List<CarrierOffer> ranked = CarrierSelection.rank(List.of(
                offer("slow-cheap", 6, "5.00"),
                offer("unquoted", 2, null),
                offer("dear", 2, "30.00"),
                offer("cheap", 3, "12.00")), 3);
        assertEquals(List.of("cheap", "dear", "unquoted", "slow-cheap"),
                ranked.stream().map(o -> o.candidate().carrierId()).toList());
    }

    @Test
    void equalPricesGoToTheFasterThenByIdForAStableChoice() {
        List<CarrierOffer> ranked = CarrierSelection.rank(List.of(offer("b", 3, "10"), offer("a", 3, "10"), offer("c", 2, "10")), 5);
        assertEquals(List.of("c", "a", "b"), ranked.stream().map(o -> o.candidate().carrierId()).toList());
    }
}
