package io.kuajing.catalog.application;

import java.time.Clock;

import io.kuajing.catalog.domain.GlossaryTerms;
import io.kuajing.catalog.domain.ReferenceTranslations;
import io.kuajing.catalog.domain.TranslationMemory;
import io.kuajing.catalog.domain.TranslationQueue;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, the glossary seed and the reviewed translation memories join the tables: what is not there yet is added,
 * what an operator changed stays. Idempotent, so every node does it on every start.
 */
@Singleton
class TranslationSeeding {

    private static final Logger LOG = LoggerFactory.getLogger(TranslationSeeding.class);

    private final ReferenceTranslations reference;
    private final GlossaryTerms glossary;
    private final TranslationMemory memory;
    private final TranslationQueue queue;
    private final TranslationPipeline pipeline;
    private final Clock clock;

    TranslationSeeding(ReferenceTranslations reference, GlossaryTerms glossary, TranslationMemory memory,
                       TranslationQueue queue, TranslationPipeline pipeline, Clock clock) {
        this.reference = reference;
        this.glossary = glossary;
        this.memory = memory;
        this.queue = queue;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        ReferenceTranslations.Seed<io.kuajing.catalog.domain.GlossaryTerm> terms = reference.glossary();
        int added = glossary.seed(terms.entries(), terms.source(), clock.instant());
        ReferenceTranslations.Seed<io.kuajing.catalog.domain.MemoryEntry> reviewed = reference.memory();
        int approved = memory.addReviewed(reviewed.entries(), clock.instant());
        LOG.info("translation reference data: {} of {} glossary terms added from {}, {} of {} reviewed translations from {}",
                added, terms.entries().size(), terms.source(), approved, reviewed.entries().size(), reviewed.source());
        int requeued = added > 0 || !"none".equals(pipeline.machineName()) ? queue.requeueWaiting(clock.instant()) : 0;
        if (requeued > 0) {
            LOG.info("{} products with untranslated texts queued again for the glossary and machine translation ({})",
                    requeued, pipeline.machineName());
        }
    }
}
