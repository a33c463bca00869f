package io.kuajing.purchase.adapter.persistence;

import java.time.LocalDateTime;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code purchase_basket}: the lock a consumer's basket changes and checkouts take, and when it changed. */
@MappedEntity("purchase_basket")
record BasketRow(@Id String owner, LocalDateTime updatedAt) {
}
