package io.kuajing.customs.adapter.persistence;

import java.time.LocalDateTime;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code customs_bonded_entry}: an entry list, by the number customs gives it nationally. */
@MappedEntity("customs_bonded_entry")
record EntryRow(@Id String entryNo, String emsNo, LocalDateTime recordedAt) {
}
