package io.kuajing.catalog;

/** A row an import did not take: what it was ({@code ref}), a stable reason code, and the reason in words. */
public record RejectedRow(String ref, String code, String reason) {
}
