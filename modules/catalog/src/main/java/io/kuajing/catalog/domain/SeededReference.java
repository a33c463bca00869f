package io.kuajing.catalog.domain;

import java.time.Instant;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The digest of the reference translation files the tables were last seeded from, kept with the tables, so that a
 * start on the same files can tell there is nothing to seed without reading them.
 */
@SecondaryPort
public interface SeededReference {

    /** The digest recorded by the last seeding; empty when none has been recorded or it was forgotten. */
    Optional<String> digest();

    /** Records the digest of the files just seeded (in the seeding's transaction). */
    void record(String digest, Instant now);

    /** Forgets the record: the next start seeds again. */
    void forget();
}
