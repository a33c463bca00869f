package io.kuajing.catalog.domain;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/** What makes an offer one offer: one seller's stock of one marketplace item in one warehouse. */
@ValueObject
public record OfferKey(String marketplace, String externalRef, String sellerId, String warehouseCode) {

    public OfferKey {
        Objects.requireNonNull(marketplace, "marketplace");
        Objects.requireNonNull(externalRef, "externalRef");
        Objects.requireNonNull(sellerId, "sellerId");
        Objects.requireNonNull(warehouseCode, "warehouseCode");
    }
}
