package io.kuajing.customs.adapter.persistence;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import io.kuajing.customs.BookEntry;
import io.kuajing.platform.UtcTime;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code customs_bonded_movement}: one booking on the account book, counted once by its unique key. */
@MappedEntity("customs_bonded_movement")
record BondedMovementRow(@Id long id, String emsNo, String itemNo, String kind, String reference, BigDecimal quantity,
                         LocalDateTime movedAt) {

    BookEntry entry() {
        return new BookEntry(id, emsNo, itemNo, kind, reference, quantity, UtcTime.instant(movedAt));
    }
}
