package io.kuajing.catalog.domain;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A row an import did not take, and why: {@code ref} names it (external ref, or file and line), {@code code} is a
 * stable machine-readable reason ({@code bad-hs-code}, {@code zero-price}, or the marketplace plugin's own code).
 */
@ValueObject
public record Rejection(String ref, String code, String reason) {

    public Rejection {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
        ref = ref == null ? "-" : ref;
    }
}
