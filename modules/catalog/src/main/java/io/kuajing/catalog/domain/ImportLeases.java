package io.kuajing.catalog.domain;

import java.time.Instant;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Who may import a marketplace now, across every instance on the database: a lease per marketplace, held by one
 * holder until it expires. Each call is its own short transaction.
 */
@SecondaryPort
public interface ImportLeases {

    /**
     * Takes the marketplace's lease for {@code holder} until {@code until} when nobody holds it or its holder let it
     * expire before {@code now}.
     *
     * @return empty when another holder's lease still runs; else the run the expired holder left (null if none)
     */
    Optional<Taken> take(String marketplace, String holder, Instant now, Instant until);

    /** Names the run the lease is for (after its row exists). */
    void forRun(String marketplace, String holder, long runId);

    /** Extends the holder's lease; false when it lost it (it expired and someone took it over). */
    boolean renew(String marketplace, String holder, Instant until);

    /** Gives the lease back (nothing when the holder no longer has it). */
    void release(String marketplace, String holder);

    /** @param abandonedRun the run an expired holder left behind, null when the lease was free */
    record Taken(Long abandonedRun) {
    }
}
