package io.kuajing.catalog.application;

import java.time.Clock;

import io.kuajing.catalog.domain.GlossaryTerm;
import io.kuajing.catalog.domain.GlossaryTerms;
import io.kuajing.catalog.domain.MemoryEntry;
import io.kuajing.catalog.domain.ReferenceTranslations;
import io.kuajing.catalog.domain.SeededReference;
import io.kuajing.catalog.domain.TranslationMemory;
import io.kuajing.catalog.domain.TranslationQueue;
import io.kuajing.platform.Transactions;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, the glossary seed and the reviewed translation memories join the tables: what is not there yet is added,
 * what an operator changed stays. Idempotent, so every node does it on every start; a start on the files the tables
 * were last seeded from reads one row instead ({@link SeededReference}).
 *
 * <p>Skipping is the same as seeding again as long as the tables still hold what the last seeding left. Seeding only
 * adds the terms (by kind and source) and texts (by key) that are missing and approves texts nobody approved; the
 * app never deletes a text nor takes an approval back, and its one deletion of seeded rows, an operator's glossary
 * removal, forgets the record ({@link Reviewing#removeGlossary}): a removed seed term comes back at the next start, as
 * it always has (reference data is fixed in its file; an operator overrides a term with their own target). Rows
 * deleted by hand in SQL come back once the record is deleted too, or the files change. A change to what seeding does
 * with the same files (another table, another rule) comes with a migration deleting the record.
 */
@Singleton
class TranslationSeeding {

    private static final Logger LOG = LoggerFactory.getLogger(TranslationSeeding.class);

    private final ReferenceTranslations reference;
    private final SeededReference seeded;
    private final GlossaryTerms glossary;
    private final TranslationMemory memory;
    private final TranslationQueue queue;
    private final TranslationPipeline pipeline;
    private final Transactions transactions;
    private final Clock clock;

    TranslationSeeding(ReferenceTranslations reference, SeededReference seeded, GlossaryTerms glossary,
                       TranslationMemory memory, TranslationQueue queue, TranslationPipeline pipeline,
                       Transactions transactions, Clock clock) {
        this.reference = reference;
        this.seeded = seeded;
        this.glossary = glossary;
        this.memory = memory;
        this.queue = queue;
        this.pipeline = pipeline;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        seed();
    }

    /** @return how many glossary terms were added (none when the files are those last seeded) */
    int seed() {
        // Taken before the files are parsed: a file edited in between is seeded under the older digest, so the next
        // start sees a difference and seeds again, rather than never.
        String digest = reference.digest();
        int added = 0;
        if (seeded.digest().filter(digest::equals).isPresent()) {
            LOG.info("translation reference files as last seeded (sha-256 {}): not read again", digest.substring(0, 12));
        } else {
            added = seedFiles(digest);
        }
        int requeued = added > 0 || !"none".equals(pipeline.machineName()) ? queue.requeueWaiting(clock.instant()) : 0;
        if (requeued > 0) {
            LOG.info("{} products with untranslated texts queued again for the glossary and machine translation ({})",
                    requeued, pipeline.machineName());
        }
        return added;
    }

    private int seedFiles(String digest) {
        ReferenceTranslations.Seed<GlossaryTerm> terms = reference.glossary();
        ReferenceTranslations.Seed<MemoryEntry> reviewed = reference.memory();
        // The record in the same transaction as the rows: recorded means seeded.
        Added added = transactions.write(() -> {
            Added now = new Added(glossary.seed(terms.entries(), terms.source(), clock.instant()),
                    memory.addReviewed(reviewed.entries(), clock.instant()));
            seeded.record(digest, clock.instant());
            return now;
        });
        LOG.info("translation reference data: {} of {} glossary terms added from {}, {} of {} reviewed translations from {}",
                added.terms(), terms.entries().size(), terms.source(), added.texts(), reviewed.entries().size(),
                reviewed.source());
        return added.terms();
    }

    private record Added(int terms, int texts) {
    }
}
