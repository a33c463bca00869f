package io.kuajing.customs;

import java.time.Instant;

/**
 * A signed message sent for an order (CEB311 order, CEB621 inventory list ...): when it was queued, when the single
 * window took it (null while it waits or when it was kept back for {@code parkedReason}), and its XML indented with
 * the personal data masked (null for a message sent before messages were kept).
 */
public record SentMessageView(String messageType, String meaning, Instant sentAt, Instant deliveredAt,
                              String parkedReason, String xml) {
}
