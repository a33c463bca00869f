package io.kuajing.catalog.domain;

import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Translations shipped as dated reference data: the glossary's seed and reviewed translation memories (the sample
 * catalogues' zh-CN), loaded when the product starts.
 */
@SecondaryPort
public interface ReferenceTranslations {

    /** The glossary seed; its name for the record. */
    Seed<GlossaryTerm> glossary();

    /** Reviewed translations, each approved by the file's reviewer on the file's date. */
    Seed<MemoryEntry> memory();

    /**
     * A digest of what {@link #glossary()} and {@link #memory()} would read now (the files' names and bytes, not
     * parsed): equal digests, equal seeds.
     */
    String digest();

    /** Entries of one file, and the file's name (empty when there is no such file). */
    record Seed<T>(String source, List<T> entries) {
        public Seed {
            entries = List.copyOf(entries);
        }
    }
}
