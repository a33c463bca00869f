package io.kuajing.logistics.adapter.persistence;

import java.time.LocalDateTime;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.logistics.ShipmentStatus;
import io.kuajing.logistics.domain.Collection;
import io.kuajing.logistics.domain.LegKind;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code logistics_shipment}: one leg as stored, its manifest as JSON ({@link ManifestJson}), its times as UTC
 * wall-clock values (so neither driver nor server shifts them). Tracking lives in {@link TrackingEventRow}s.
 */
@MappedEntity("logistics_shipment")
record ShipmentRow(@Id String id, String orderId, String ownerId, int legNumber, boolean lastLeg, LegKind leg,
                   FulfilmentMode mode, int budgetDays, String manifestJson, ShipmentStatus status,
                   @Nullable String carrierId, @Nullable String serviceCode, @Nullable String waybillNumber,
                   int bookingAttempts, @Nullable LocalDateTime nextWorkAt, Collection collection,
                   LocalDateTime createdAt, LocalDateTime updatedAt) {
}
