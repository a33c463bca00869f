package io.kuajing.catalog.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One text of the translation memory: its source, the draft waiting for review (machine's or an operator's edit),
 * the approved translation consumers and customs see, and the approved text it replaced (for the diff).
 *
 * @param draftOrigin who wrote the draft: the provider's name, {@code glossary}, or {@code operator:<name>}
 */
public record MemoryEntry(String key, String sourceText, String sourceLanguage, String draft, String draftOrigin,
                          String approved, String approvedBy, Instant approvedAt, String previous) {

    public MemoryEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
    }

    /** A text nobody has translated yet (no provider configured): it waits for an operator. */
    public static MemoryEntry waiting(SourceText text) {
        return new MemoryEntry(text.key(), text.text(), text.language(), null, null, null, null, null, null);
    }

    public static MemoryEntry draft(SourceText text, String draft, String origin) {
        return new MemoryEntry(text.key(), text.text(), text.language(), draft, origin, null, null, null, null);
    }

    public static MemoryEntry approved(SourceText text, String translation, String by, Instant at) {
        return new MemoryEntry(text.key(), text.text(), text.language(), null, by, translation, by, at, null);
    }

    public ReviewStatus status() {
        if (draft != null) {
            return ReviewStatus.DRAFT;
        }
        return approved != null ? ReviewStatus.APPROVED : ReviewStatus.WAITING;
    }

    /** WAITING: no translation yet; DRAFT: a translation waits for review (an approved one may still be shown); APPROVED. */
    public enum ReviewStatus { WAITING, DRAFT, APPROVED }
}
