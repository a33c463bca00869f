package io.kuajing.customs.domain.eligibility;

import java.util.Optional;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Whether a tariff line may be sold through CBEC under a regime on a date, why, and the listed remarks.
 *
 * @param rule a stable code: {@code listed}, {@code not-listed}, {@code bonded-only}, {@code not-cbec}
 */
@ValueObject
public record Eligibility(boolean eligible, String rule, String reason, Optional<PositiveListEntry> entry) {
}
