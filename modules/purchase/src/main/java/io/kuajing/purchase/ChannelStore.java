package io.kuajing.purchase;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Kuajing's store on Chinese sales channels (marketplace plugins in the CHANNEL role, e.g. {@code cn-mall}): an
 * operator lists imported products there in Chinese at their landed price in one import mode, and pulls the
 * channel's paid trades in as ordinary import orders of that mode, paid with the channel's payment.
 */
public interface ChannelStore {

    /**
     * Lists (creates or replaces) the product on the channel: its reviewed Chinese title, the landed price of one unit
     * in {@code mode} (the cheapest mode when null) in CNY, the stock.
     *
     * @throws io.kuajing.kernel.RuleViolation naming the field and rule; the channel's refusal names
     *                                         {@code channel} and the channel's own code
     */
    ChannelListingView list(String channel, String sku, String mode, Integer stock, String operator);

    /** Takes the channel's trades changed in the window (until defaults to now; at most 31 days). */
    ChannelPull pull(String channel, Instant since, Instant until);

    record ChannelListingView(String channel, String sku, String mode, String title, BigDecimal price, String currency,
                              int stock, String externalRef, List<String> warnings, Instant listedAt) {
    }

    /** taken: new orders; known: trades taken before; skipped: trades refused, each with its field, rule and reason. */
    record ChannelPull(String channel, Instant since, Instant until, List<Taken> taken, List<Taken> known,
                       List<Skipped> skipped) {
    }

    record Taken(String channelOrderId, String orderNo) {
    }

    record Skipped(String channelOrderId, String field, String rule, String reason) {
    }
}
