package io.kuajing.logistics.adapter.persistence;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code logistics_label}: a shipment's label as the carrier returned it. */
@MappedEntity("logistics_label")
record LabelRow(@Id String shipmentId, String format, byte[] content) {
}
