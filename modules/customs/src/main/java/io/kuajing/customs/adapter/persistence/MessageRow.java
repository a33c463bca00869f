package io.kuajing.customs.adapter.persistence;

import java.time.LocalDateTime;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code customs_message}: a message kept until the single window took it ({@code deliveredAt}, in the message
 * {@code envelopeGuid}), or parked with the reason it was never sent (it failed customs' schema). Signed when kept,
 * or, with a {@code sender}, kept unsigned to go in an envelope with others of its kind and sender (ADR 0047).
 */
@MappedEntity("customs_message")
record MessageRow(@Id String guid, String orderNo, String messageType, LocalDateTime sentAt, @Nullable byte[] xml,
                  @Nullable LocalDateTime deliveredAt, @Nullable String parkedReason,
                  @Nullable String sender, @Nullable String envelopeGuid) {
}
