package io.kuajing.catalog;

import java.time.Instant;

import org.jmolecules.event.types.DomainEvent;

/** A marketplace offer that had stock reports none (it went to 0, or left the marketplace's export). */
public record OfferOutOfStock(String sku, String marketplace, String externalRef, String sellerId,
                              String warehouseCode, Instant observedAt) implements DomainEvent {
}
