package io.kuajing.app.observability;

import java.time.Duration;
import java.util.Map;

/**
 * The business figures operators chart, read in one go from the modules' tables. Totals only grow (an order
 * once placed stays counted), so Prometheus can take rates of them.
 *
 * @param orders        per fulfilment mode: placed, paid, delivered (counted once delivered, even if returned later)
 * @param declarations  customs declarations sent, currently refused, released
 * @param releases      declarations released, with the summed time from sending to the release receipt's arrival
 * @param outbox        events waiting for their handlers, failed ones, and the age of the oldest waiting one
 * @param importedRows  catalogue rows read by all imports, and the imports running now
 */
record ShopFloor(Map<String, Orders> orders, Declarations declarations, Releases releases, Outbox outbox,
                 ImportedRows importedRows) {

    record Orders(long placed, long paid, long delivered) {
    }

    record Declarations(long sent, long refused, long released) {
    }

    record Releases(long count, Duration total) {
    }

    record Outbox(long backlog, long failed, Duration oldestAge) {
    }

    record ImportedRows(long rows, long running) {
    }
}
