package io.kuajing.plugin.marketplace;

import java.time.Instant;
import java.util.Objects;

/**
 * Orders changed on the channel in {@code [since, until)}. The host overlaps successive windows (it starts the next
 * window a few minutes before the previous {@code until}) because channels make orders visible late; the plugin
 * returns what the channel returns, and the host drops repeats by external id.
 *
 * @param cursor null for the first page, else the previous page's {@link ChannelOrderPage#nextCursor()}
 */
public record ChannelOrderQuery(Instant since, Instant until, String cursor) {

    public ChannelOrderQuery {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (!since.isBefore(until)) {
            throw new IllegalArgumentException("since must be before until: " + since + " .. " + until);
        }
    }
}
