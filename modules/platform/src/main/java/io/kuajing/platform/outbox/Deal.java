package io.kuajing.platform.outbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a claim deals its batch out between the handlers (ADR 0043, 0045), as cards round a table: each round deals
 * what is left of the batch evenly, the one more some get going to the next in turn, and a handler that took less
 * than it was dealt (it has no more due) leaves the table. The next round deals on from where the last one stopped,
 * so a round's leftover does not go to the same first handlers every time. A round is one read: what a handler leaves
 * cannot pass to the next within it, as when each handler was read in turn, and goes to the next round instead.
 */
final class Deal {

    /** The handlers still at the table, the next to be dealt to first. */
    private List<String> table;
    private Map<String, Integer> dealt = Map.of();
    /** Where, in the table, the last round's one-mores stopped. */
    private int stopped;

    Deal(List<String> handlers) {
        table = List.copyOf(handlers);
    }

    boolean goesOn() {
        return !table.isEmpty();
    }

    /** Deals {@code left} round the table: each handler's share, in turn, leaving out those dealt none. */
    Map<String, Integer> shares(int left) {
        int even = left / table.size();
        int oneMore = left % table.size();
        Map<String, Integer> shares = new LinkedHashMap<>();
        for (int i = 0; i < table.size(); i++) {
            int share = even + (i < oneMore ? 1 : 0);
            if (share > 0) {
                shares.put(table.get(i), share);
            }
        }
        dealt = shares;
        stopped = oneMore;
        return shares;
    }

    /** After a round: the handlers that took less than they were dealt leave; the next deal starts where this stopped. */
    void took(Map<String, Integer> taken) {
        List<String> staying = new ArrayList<>();
        for (int i = 0; i < table.size(); i++) {
            String handler = table.get((stopped + i) % table.size());
            if (taken.getOrDefault(handler, 0) >= dealt.getOrDefault(handler, 0)) {
                staying.add(handler);
            }
        }
        table = staying;
    }
}
