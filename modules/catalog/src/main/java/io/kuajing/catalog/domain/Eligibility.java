package io.kuajing.catalog.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import io.kuajing.kernel.FulfilmentMode;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Whether a product may go through CBEC: its HS code's tariff line on the positive list (possibly for bonded import
 * only), off it, or no HS code at all. Anything not on the list is direct purchase (general trade) only.
 */
@ValueObject
public record Eligibility(Status status, String remark) {

    public static final Eligibility UNCLASSIFIED = new Eligibility(Status.UNCLASSIFIED, "no HS code yet");

    public Eligibility {
        Objects.requireNonNull(status, "status");
    }

    /** The modes the rules allow, before looking at where stock is. */
    public Set<FulfilmentMode> allowedModes() {
        return switch (status) {
            case LISTED -> EnumSet.allOf(FulfilmentMode.class);
            case BONDED_ONLY -> EnumSet.of(FulfilmentMode.DIRECT_PURCHASE, FulfilmentMode.FLASH_PURCHASE);
            case NOT_LISTED, UNCLASSIFIED -> EnumSet.of(FulfilmentMode.DIRECT_PURCHASE);
        };
    }

    /** Where a product stands against the positive list. */
    public enum Status {
        LISTED, BONDED_ONLY, NOT_LISTED, UNCLASSIFIED
    }
}
