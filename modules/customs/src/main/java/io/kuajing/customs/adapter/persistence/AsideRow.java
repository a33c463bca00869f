package io.kuajing.customs.adapter.persistence;

import java.time.LocalDateTime;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code customs_receipt_aside}: a receipt that matched nothing or could not be read, never its content. */
@MappedEntity("customs_receipt_aside")
record AsideRow(@Id @GeneratedValue @Nullable Long id, @Nullable String source, @Nullable String messageType,
                @Nullable String identifiers, @Nullable Integer statusCode, String reason, LocalDateTime setAsideAt) {
}
