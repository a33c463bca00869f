package io.kuajing.logistics.adapter.persistence;

import java.time.LocalDateTime;

import io.kuajing.logistics.domain.Checkpoint;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code logistics_tracking_event}: one carrier scan of a shipment; its id only orders scans of the same instant. */
@MappedEntity("logistics_tracking_event")
record TrackingEventRow(@Id @GeneratedValue @Nullable Long id, String shipmentId, LocalDateTime occurredAt,
                        Checkpoint checkpoint, @Nullable String reason, String rawStatus, @Nullable String location,
                        @Nullable String description) {
}
