package io.kuajing.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The batch dealt out between handlers (ADR 0043, 0045), without a database: the shares round by round. */
class DealTest {

    @Test
    void eachRoundDealsWhatIsLeftEvenlyTheOneMoresInTurnAndTheNextRoundDealsOnFromWhereItStopped() {
        Deal deal = new Deal(List.of("a", "b", "c", "d"));
        assertEquals(Map.of("a", 3, "b", 3, "c", 2, "d", 2), deal.shares(10));
        assertEquals(List.of("a", "b", "c", "d"), List.copyOf(deal.shares(10).keySet()), "in turn");
        deal.took(Map.of("a", 3, "b", 3, "c", 2));
        // d had nothing and left; the two left are dealt on from c, where the one-mores stopped
        assertEquals(List.of(Map.entry("c", 1), Map.entry("a", 1)), List.copyOf(deal.shares(2).entrySet()));
        deal.took(Map.of("c", 1));
        // a took none of the one dealt and left; b, dealt none, stays
        assertEquals(Map.of("b", 1), deal.shares(1));
        deal.took(Map.of());
        assertEquals(List.of("c"), List.copyOf(deal.shares(5).keySet()));
    }

    @Test
    void aBatchSmallerThanTheTableIsDealtToTheFirstInTurnAndTheRestOnlyWhenTheyComeUpEmpty() {
        Deal deal = new Deal(List.of("a", "b", "c", "d", "e"));
        assertEquals(Map.of("a", 1, "b", 1, "c", 1), deal.shares(3));
        deal.took(Map.of("b", 1));
        assertEquals(List.of("d", "e", "b"), List.copyOf(deal.shares(3).keySet()));
    }

    /**
     * Claims dealt until the batch is full or no handler has more: every handler gets all it has or within one of the
     * most any got, however the due publications lie and whoever is first in turn.
     */
    @Test
    void noHandlerWithMoreDueGetsTwoFewerThanAnother() {
        int[][] dues = {{200, 3, 3, 0}, {0, 0, 0, 7}, {1, 50, 2, 9, 0, 4}, {5, 5, 5}, {0, 1, 0, 1, 0, 1, 0, 100}};
        for (int[] due : dues) {
            for (int batch : new int[] {1, 7, 10, 50}) {
                Map<String, Integer> got = dealUntilFull(due, batch);
                int total = got.values().stream().mapToInt(Integer::intValue).sum();
                int everything = java.util.Arrays.stream(due).sum();
                assertEquals(Math.min(batch, everything), total, "the batch full while any is due");
                int most = got.values().stream().mapToInt(Integer::intValue).max().orElse(0);
                for (int h = 0; h < due.length; h++) {
                    int mine = got.getOrDefault("h" + h, 0);
                    assertTrue(mine == due[h] || mine >= most - 1,
                            "h" + h + " with " + due[h] + " due got " + mine + " of " + batch + ", another " + most);
                }
            }
        }
    }

    private static Map<String, Integer> dealUntilFull(int[] due, int batch) {
        Map<String, Integer> handlers = new LinkedHashMap<>();
        for (int h = 0; h < due.length; h++) {
            handlers.put("h" + h, due[h]);
        }
        Map<String, Integer> got = new HashMap<>();
        Deal deal = new Deal(List.copyOf(handlers.keySet()));
        int claimed = 0;
        while (deal.goesOn() && claimed < batch) {
            Map<String, Integer> took = new HashMap<>();
            for (Map.Entry<String, Integer> share : deal.shares(batch - claimed).entrySet()) {
                int left = handlers.get(share.getKey()) - got.getOrDefault(share.getKey(), 0);
                took.put(share.getKey(), Math.min(left, share.getValue()));
            }
            took.forEach((h, n) -> got.merge(h, n, Integer::sum));
            claimed += took.values().stream().mapToInt(Integer::intValue).sum();
            deal.took(took);
        }
        return got;
    }
}
