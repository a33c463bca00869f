package io.kuajing.customs.adapter.persistence;

import java.time.LocalDateTime;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code customs_message}: a signed message kept until the single window took it ({@code deliveredAt}), or
 * parked with the reason it was never sent (it failed customs' schema).
 */
@MappedEntity("customs_message")
record MessageRow(@Id String guid, String orderNo, String messageType, LocalDateTime sentAt, @Nullable byte[] xml,
                  @Nullable LocalDateTime deliveredAt, @Nullable String parkedReason) {
}
