package io.kuajing.catalog.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Translations by source text ({@link SourceText#key()}): what was translated once is never sent again. */
@SecondaryPort
public interface TranslationMemory {

    Map<String, MemoryEntry> entries(Collection<String> keys);

    /** The approved zh-CN of each key that has one. */
    Map<String, String> approved(Collection<String> keys);

    /** Adds entries for texts the memory does not know; an entry already there is left as it is. */
    void addNew(List<MemoryEntry> entries, Instant now);

    /**
     * Adds reviewed translations (a reviewed memory file): a text without an approved translation gets it; one an
     * operator approved is left as it is. @return how many were written
     */
    int addReviewed(List<MemoryEntry> entries, Instant now);

    Optional<MemoryEntry> entry(String key);

    /**
     * A new draft (an operator's edit, {@code origin = operator:<name>}, or the machine's for a text that waited).
     * @return false for an unknown key
     */
    boolean edit(String key, String draft, String origin, Instant now);

    /**
     * Approves the draft (or {@code text} when given), keeping the approved text it replaces as the previous one.
     * @return false for an unknown key, or nothing to approve
     */
    boolean approve(String key, String text, String by, Instant now);
}
