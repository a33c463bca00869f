package io.kuajing.plugin.marketplace;

import java.util.List;

/**
 * Offers for the external refs asked for: zero or more per ref (one per seller and warehouse). A ref the marketplace
 * does not know, or whose offer is unreadable, comes back as a message with that ref.
 */
public record OfferBatch(List<Offer> offers, List<Message> messages) {

    public OfferBatch {
        offers = List.copyOf(offers);
        messages = List.copyOf(messages);
    }
}
