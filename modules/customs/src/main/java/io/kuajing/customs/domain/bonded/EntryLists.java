package io.kuajing.customs.domain.bonded;

import java.time.Instant;
import java.util.Optional;

import io.kuajing.customs.BondedEntry;
import io.kuajing.customs.RecordedEntry;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jmolecules.ddd.annotation.Repository;

/**
 * The entry lists the account book recorded, by customs' entry list number (unique nationally, whatever the
 * book), in the caller's transaction.
 */
@Repository
@SecondaryPort
public interface EntryLists {

    /** Records the entry. @return false, writing nothing, when its number was recorded before */
    boolean add(BondedEntry entry, Instant now);

    /** The entry recorded under this number, read with a lock so it is the latest committed state. */
    Optional<RecordedEntry> recorded(String entryNo);

    /**
     * The entry this transaction has just added, as the database keeps it, read without a lock: its rows are the
     * transaction's own. The locking read of {@link #recorded} would also lock the gap up to the next entry's items,
     * where another transaction adding an entry at the same time inserts (docs/performance.md, Pipeline, eighth
     * session: deadlocks between two outbox workers' batches).
     */
    RecordedEntry added(String entryNo);
}
