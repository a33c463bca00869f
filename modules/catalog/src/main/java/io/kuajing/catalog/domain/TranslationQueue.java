package io.kuajing.catalog.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.kuajing.kernel.Sku;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Products whose texts wait for the translation worker. Every import that writes a product queues it (in the same
 * statement that writes it); a worker leases a batch, so several instances share the queue without working a product
 * twice at once, and a lease that runs out (a crash, a provider down) hands the product to the next round.
 */
@SecondaryPort
public interface TranslationQueue {

    /** Leases up to {@code limit} due products until {@code leaseUntil}, skipping those another instance holds. */
    List<Sku> claim(Instant now, Instant leaseUntil, int limit);

    /** Done with them, unless an import queued them again since the lease (then they stay due). */
    void done(Collection<Sku> skus, Instant leaseUntil);

    /** Products still waiting (including leased ones). */
    long waiting();

    /**
     * Queues again the products with a text nobody has translated yet: the glossary or the provider may know it now.
     * @return how many products were queued
     */
    int requeueWaiting(Instant now);
}
