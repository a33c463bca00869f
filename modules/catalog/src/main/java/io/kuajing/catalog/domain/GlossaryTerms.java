package io.kuajing.catalog.domain;

import java.time.Instant;
import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The glossary operators curate (seeded from a reference file; their own entries win). */
@SecondaryPort
public interface GlossaryTerms {

    List<GlossaryTerm> all();

    void put(GlossaryTerm term, String by, Instant now);

    /** Seed entries: added when absent, never over an operator's. @return how many were added */
    int seed(List<GlossaryTerm> terms, String source, Instant now);

    boolean remove(GlossaryTerm.Kind kind, String source);
}
