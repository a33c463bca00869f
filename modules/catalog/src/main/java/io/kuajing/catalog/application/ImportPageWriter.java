package io.kuajing.catalog.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.kuajing.catalog.domain.CatalogImport;
import io.kuajing.catalog.domain.CatalogStore;
import io.kuajing.catalog.domain.FeedPage;
import io.kuajing.catalog.domain.ImportRun;
import io.kuajing.catalog.domain.ImportRuns;
import io.kuajing.catalog.domain.KnownState;
import io.kuajing.catalog.domain.OfferKey;
import io.kuajing.catalog.domain.PagePlan;
import io.kuajing.catalog.domain.SourceListing;
import io.kuajing.platform.Outbox;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;

/** Applies one import page in one transaction: catalogue changes, their events in the outbox, the run's progress. */
@Singleton
class ImportPageWriter {

    private final CatalogStore store;
    private final ImportRuns runs;
    private final Outbox outbox;

    ImportPageWriter(CatalogStore store, ImportRuns runs, Outbox outbox) {
        this.store = store;
        this.runs = runs;
        this.outbox = outbox;
    }

    @Transactional
    public PagePlan write(ImportRun run, FeedPage page, Instant now) {
        List<String> identityKeys = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (SourceListing listing : page.listings()) {
            refs.add(listing.externalRef());
            identityKeys.add(CatalogImport.identityOf(run.marketplace(), listing).key());
        }
        KnownState known = store.known(run.marketplace(), identityKeys, refs);
        PagePlan plan = CatalogImport.plan(run.marketplace(), page, known, now);
        store.write(plan, now);
        plan.events().forEach(outbox::publish);
        runs.record(run.id(), plan.progress(), plan.rejections());
        return plan;
    }

    /** Sets the stock of offers the completed run no longer saw to 0, with their events, in one transaction. */
    @Transactional
    public PagePlan withdrawUnseen(ImportRun run, java.util.Set<io.kuajing.catalog.domain.OfferKey> seen, Instant now) {
        PagePlan plan = CatalogImport.withdraw(store.inStockOffers(run.marketplace()), seen, now);
        store.write(plan, now);
        plan.events().forEach(outbox::publish);
        runs.record(run.id(), plan.progress(), plan.rejections());
        return plan;
    }
}
