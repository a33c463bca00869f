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
 */
public record ChannelOrder(String externalId, Instant placedAt, Instant updatedAt, String status,
                           List<Line> lines, Price total) {

    public ChannelOrder {
        Objects.requireNonNull(externalId, "externalId");
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(total, "total");
        lines = List.copyOf(lines);
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
