package io.kuajing.catalog;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** A product entered the catalogue under a new SKU (first seen in a marketplace import). */
public record ProductListed(String sku, String marketplace, String externalRef, String title, String hsCode,
                            Instant listedAt) implements DomainEvent {
}
