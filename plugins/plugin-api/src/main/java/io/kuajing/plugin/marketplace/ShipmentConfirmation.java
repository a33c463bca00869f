package io.kuajing.plugin.marketplace;

import java.time.Instant;
import java.util.Objects;

/**
 * Tells a channel that an order shipped. {@code carrierId} is the Kuajing carrier plugin id; the plugin translates it
 * with its {@link MarketplaceProfile#carrierCodes()} and rejects (message {@code carrier-unmapped}) a carrier the
 * channel does not know rather than guess.
 */
public record ShipmentConfirmation(String externalOrderId, String carrierId, String trackingNumber, Instant shippedAt) {

    public ShipmentConfirmation {
        Objects.requireNonNull(externalOrderId, "externalOrderId");
        Objects.requireNonNull(carrierId, "carrierId");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(shippedAt, "shippedAt");
    }
}
