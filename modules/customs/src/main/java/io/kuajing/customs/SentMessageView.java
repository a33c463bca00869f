package io.kuajing.customs;

import java.time.Instant;

/**
 * A message sent for an order (CEB311 order, CEB621 inventory list ...): when it was queued, when the single window
 * took it (null while it waits or when it was kept back for {@code parkedReason}), its XML indented with the personal
 * data masked (null for a message sent before messages were kept; the order's own document, unsigned, for one that
 * went in an envelope with other orders'), and the guid of the message it went in, as customs names it (its own guid
 * when it went alone; null before it went).
 */
public record SentMessageView(String messageType, String meaning, Instant sentAt, Instant deliveredAt,
                              String parkedReason, String xml, String envelopeGuid) {
}
