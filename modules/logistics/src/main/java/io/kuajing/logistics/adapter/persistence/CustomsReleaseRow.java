package io.kuajing.logistics.adapter.persistence;

import java.time.LocalDateTime;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code logistics_customs_release}: customs released the order's goods (UTC wall-clock time). */
@MappedEntity("logistics_customs_release")
record CustomsReleaseRow(@Id String orderId, LocalDateTime releasedAt) {
}
