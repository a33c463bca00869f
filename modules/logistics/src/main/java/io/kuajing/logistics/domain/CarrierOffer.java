package io.kuajing.logistics.domain;

import io.kuajing.kernel.Money;

/** A candidate with its quoted price for a consignment ({@code price} null when the carrier could not quote in time). */
public record CarrierOffer(CarrierCandidate candidate, Money price) {
}
