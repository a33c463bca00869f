package io.kuajing.plugin.marketplace;

import java.util.List;
import java.util.Objects;

/**
 * What a channel did with one SKU of a write call (listing upsert, price and stock push, shipment confirmation).
 *
 * @param externalRef the channel's own id for the item when it has one; may be null
 */
public record ItemResult(String sku, Outcome outcome, String externalRef, List<Message> messages) {

    public ItemResult {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(outcome, "outcome");
        messages = List.copyOf(messages == null ? List.of() : messages);
    }

    /** The effect on the channel. UNCHANGED is what an idempotent repeat reports. */
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED, REJECTED
    }
}
