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
import io.kuajing.catalog.domain.Offer;
import io.kuajing.catalog.domain.OfferKey;
import io.kuajing.catalog.domain.PagePlan;
import io.kuajing.catalog.domain.SourceListing;
import io.kuajing.platform.Outbox;
import io.kuajing.platform.Transactions;
import jakarta.inject.Singleton;

/**
 * One import page in two steps: {@link #plan} compares the page with what the catalogue holds (a read, on the
 * walking thread, while the page before is still being written), {@link #apply} writes the plan in one
 * transaction: catalogue changes, their events in the outbox, the run's progress.
 */
@Singleton
class ImportPageWriter {

    private final CatalogStore store;
    private final ImportRuns runs;
    private final Outbox outbox;
    private final Transactions transactions;

    ImportPageWriter(CatalogStore store, ImportRuns runs, Outbox outbox, Transactions transactions) {
        this.transactions = transactions;
        this.store = store;
        this.runs = runs;
        this.outbox = outbox;
    }

    /**
     * What the page changes. The caller makes sure no page touching the same products or refs is still being
     * written ({@link PagePipeline#awaitPagesTouching}), so the plan sees everything that matters to it.
     */
    public PagePlan plan(ImportRun run, FeedPage page, Instant now) {
        List<String> identityKeys = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (SourceListing listing : page.listings()) {
            refs.add(listing.externalRef());
            identityKeys.add(CatalogImport.identityOf(run.marketplace(), listing).key());
        }
        KnownState known = store.known(run.marketplace(), identityKeys, refs);
        return CatalogImport.plan(run.marketplace(), page, known, now);
    }

    /** One transaction, retried whole on a deadlock with another writer (another page, another instance). */
    public void apply(ImportRun run, PagePlan plan, Instant now) {
        transactions.write(() -> {
            store.write(plan, now);
            outbox.publishAll(plan.events());
            runs.record(run.id(), plan.progress(), plan.rejections());
            return null;
        });
    }

    /**
     * Sets the stock of offers in stock before the run that the completed walk no longer saw to 0, with their
     * events, in one transaction. Only those are read again (a first import reads nothing here).
     */
    public PagePlan withdrawUnseen(ImportRun run, Set<OfferKey> inStockBefore, Set<OfferKey> seen, Instant now) {
        return transactions.write(() -> withdraw(run, inStockBefore, seen, now));
    }

    private PagePlan withdraw(ImportRun run, Set<OfferKey> inStockBefore, Set<OfferKey> seen, Instant now) {
        List<OfferKey> unseen = inStockBefore.stream().filter(key -> !seen.contains(key)).toList();
        List<Offer> current = unseen.isEmpty() ? List.of() : store.known(run.marketplace(), List.of(),
                unseen.stream().map(OfferKey::externalRef).distinct().toList()).offers().values().stream()
                .filter(offer -> inStockBefore.contains(offer.key())).toList();
        PagePlan plan = CatalogImport.withdraw(current, seen, now);
        apply(run, plan, now);
        return plan;
    }
}
