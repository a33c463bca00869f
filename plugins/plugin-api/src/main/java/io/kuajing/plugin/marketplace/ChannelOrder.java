package io.kuajing.plugin.marketplace;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An order a consumer placed on a sales channel. The external id is the channel's order number; the host
 * de-duplicates on it, because successive pulls overlap on purpose.
 *
 * @param updatedAt the channel's last change of the order; a newer one replaces what the host knew
 * @param status    the channel's own status word, kept for operators
 * @param shipTo    ISO 3166 alpha-2 country the buyer's parcel goes to; null when the channel does not say
 * @param fulfilment who ships the order: the seller, or the channel from its own warehouse; null when unknown
 */
public record ChannelOrder(String externalId, Instant placedAt, Instant updatedAt, String status,
                           List<Line> lines, Price total, String shipTo, Fulfilment fulfilment) {

    public ChannelOrder {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(total, "total");
        lines = List.copyOf(lines);
    }

    /** An order as SPI version 1 first had it, without country and fulfilment: plugins built then still link. */
    public ChannelOrder(String externalId, Instant placedAt, Instant updatedAt, String status, List<Line> lines,
                        Price total) {
        this(externalId, placedAt, updatedAt, status, lines, total, null, null);
    }

    /** Who ships a channel order. */
    public enum Fulfilment {
        /** The seller ships it (Amazon: MFN, merchant fulfilled network). */
        SELLER,
        /** The channel ships it from its warehouse, where the seller's stock was sent before (Amazon: AFN, FBA). */
        CHANNEL
    }

    /** One line: a Kuajing SKU, a quantity and the unit price the consumer paid. */
    public record Line(String sku, int quantity, Price unitPrice) {

        public Line {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(unitPrice, "unitPrice");
            if (quantity <= 0) {
                throw new IllegalArgumentException("quantity must be positive: " + quantity);
            }
        }
    }
}
