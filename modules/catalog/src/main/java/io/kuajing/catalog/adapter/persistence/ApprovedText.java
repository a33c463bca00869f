package io.kuajing.catalog.adapter.persistence;

import io.micronaut.core.annotation.Introspected;

/** Only what the shop needs of a {@link MemoryRow}: the approved translation of a source text. */
@Introspected
record ApprovedText(String sourceKey, String approvedText) {
}
