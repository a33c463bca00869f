package io.kuajing.catalog.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.kuajing.catalog.CatalogImportRun;
import io.kuajing.catalog.ImportingCatalogues;
import io.kuajing.catalog.RejectedRow;
import io.kuajing.catalog.SourceMarketplace;
import io.kuajing.catalog.domain.CatalogImport;
import io.kuajing.catalog.domain.CatalogStore;
import io.kuajing.catalog.domain.FeedPage;
import io.kuajing.catalog.domain.OfferKey;
import io.kuajing.catalog.domain.ImportLeases;
import io.kuajing.catalog.domain.ImportRun;
import io.kuajing.catalog.domain.ImportRuns;
import io.kuajing.catalog.domain.Marketplaces;
import io.kuajing.catalog.domain.PagePlan;
import io.kuajing.kernel.RuleViolation;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Importing a source marketplace's catalogue: a run walks the marketplace page by page in the background; each page
 * is one transaction (products, offers, events, progress and rejections together), so progress is visible while it
 * runs and a crash loses at most the pages in flight. The walking thread reads and plans a page while up to
 * {@code kuajing.catalog.import.writers} pages before it are written (see {@link PagePipeline}). One run per
 * marketplace at a time across every instance on the database: a run holds the marketplace's lease
 * ({@link ImportLeases}, {@code kuajing.catalog.import.lease}, default 2 minutes) and renews it page by page; a run
 * whose instance died leaves it to expire, and the next import closes that run as FAILED.
 */
@Singleton
public class CatalogImports implements ImportingCatalogues {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogImports.class);

    private final Marketplaces marketplaces;
    private final ImportRuns runs;
    private final ImportPageWriter writer;
    private final CatalogStore store;
    private final Clock clock;
    private final int pageSize;
    private final int writers;
    private final ImportLeases leases;
    private final Duration lease;
    /** The lease holder of each run this instance executes, from its opening to its end. */
    private final Map<Long, String> holders = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
        Thread thread = new Thread(r, "catalog-import");
        thread.setDaemon(true);
        return thread;
    });

    CatalogImports(Marketplaces marketplaces, ImportRuns runs, ImportPageWriter writer, CatalogStore store, Clock clock,
                   ImportLeases leases, @Value("${kuajing.catalog.import.lease:2m}") Duration lease,
                   @Value("${kuajing.catalog.import.page-size:1000}") int pageSize,
                   @Value("${kuajing.catalog.import.writers:1}") int writers) {
        this.leases = leases;
        this.lease = lease;
        this.marketplaces = marketplaces;
        this.runs = runs;
        this.writer = writer;
        this.store = store;
        this.clock = clock;
        this.pageSize = pageSize;
        this.writers = Math.max(1, writers);
    }

    @Override
    public List<SourceMarketplace> sources() {
        return marketplaces.sources().stream()
                .map(m -> new SourceMarketplace(m.id(), m.name(), m.version(), m.sites())).toList();
    }

    @Override
    public CatalogImportRun start(String marketplace, String startedBy) {
        ImportRun run = open(marketplace, startedBy);
        executor.execute(() -> execute(run));
        return view(run);
    }

    /** Runs an import to its end in the caller's thread (benchmarks, scheduled jobs). */
    public CatalogImportRun importNow(String marketplace, String startedBy) {
        ImportRun run = open(marketplace, startedBy);
        execute(run);
        return view(runs.find(run.id()).orElseThrow());
    }

    @Override
    public Optional<CatalogImportRun> run(long id) {
        return runs.find(id).map(CatalogImports::view);
    }

    @Override
    public List<CatalogImportRun> recent(int limit) {
        return runs.recent(limit).stream().map(CatalogImports::view).toList();
    }

    @Override
    public List<RejectedRow> rejections(long runId, int offset, int limit) {
        return runs.rejections(runId, offset, limit).stream()
                .map(r -> new RejectedRow(r.ref(), r.code(), r.reason())).toList();
    }

    private static CatalogImportRun view(ImportRun run) {
        var p = run.progress();
        return new CatalogImportRun(run.id(), run.marketplace(), run.status().name(), run.startedBy(), run.startedAt(),
                run.finishedAt(), p.seen(), p.created(), p.updated(), p.unchanged(), p.rejected(), p.withdrawn(),
                run.error());
    }

    private ImportRun open(String marketplace, String startedBy) {
        if (marketplaces.feed(marketplace).isEmpty()) {
            throw new RuleViolation("marketplace", "unknown-marketplace",
                    "no source marketplace plugin with id " + marketplace + " is loaded");
        }
        // Claimed before the run row exists, so two quick requests (on any instances) cannot both start one.
        String holder = UUID.randomUUID().toString();
        Instant now = clock.instant();
        ImportLeases.Taken taken = leases.take(marketplace, holder, now, now.plus(lease)).orElseThrow(() ->
                new RuleViolation("marketplace", "import-running", "an import of " + marketplace + " is already running"));
        try {
            if (taken.abandonedRun() != null) {
                runs.find(taken.abandonedRun()).filter(r -> r.status() == ImportRun.Status.RUNNING).ifPresent(r -> runs.finish(
                        r.id(), ImportRun.Status.FAILED, "the instance running it stopped (its lease expired)", now));
            }
            ImportRun run = runs.start(marketplace, startedBy, now);
            leases.forRun(marketplace, holder, run.id());
            holders.put(run.id(), holder);
            return run;
        } catch (RuntimeException e) {
            leases.release(marketplace, holder);
            throw e;
        }
    }

    private void execute(ImportRun run) {
        String holder = holders.get(run.id());
        try {
            Marketplaces.Feed feed = marketplaces.feed(run.marketplace()).orElseThrow(
                    () -> new IllegalStateException("marketplace " + run.marketplace() + " was unloaded"));
            Set<OfferKey> inStockBefore = store.inStockOfferKeys(run.marketplace());
            Set<OfferKey> seen = new HashSet<>();
            try (PagePipeline pipeline = new PagePipeline(writers)) {
                String cursor = null;
                do {
                    if (!leases.renew(run.marketplace(), holder, clock.instant().plus(lease))) {
                        throw new IllegalStateException("the import's lease expired and another import took it over");
                    }
                    FeedPage page = feed.page(cursor, pageSize);
                    seen.addAll(CatalogImport.offerKeys(run.marketplace(), page));
                    Set<String> keys = PagePipeline.keysOf(run.marketplace(), page);
                    // Planned here while the page before is written; only a page in flight on the same products or
                    // refs is waited for first, so the plan sees what it committed.
                    pipeline.awaitPagesTouching(keys);
                    Instant now = clock.instant();
                    PagePlan plan = writer.plan(run, page, now);
                    pipeline.submit(keys, () -> writer.apply(run, plan, now));
                    cursor = page.nextCursor();
                } while (cursor != null);
                pipeline.awaitAll();
            }
            writer.withdrawUnseen(run, inStockBefore, seen, clock.instant());
            runs.finish(run.id(), ImportRun.Status.COMPLETED, null, clock.instant());
        } catch (RuntimeException e) {
            // The marketplace or the database failed as a whole (bad rows never get here): the run stops, what was
            // imported stays, and re-running continues idempotently.
            LOG.warn("catalog import {} of {} failed", run.id(), run.marketplace(), e);
            runs.finish(run.id(), ImportRun.Status.FAILED, String.valueOf(e.getMessage()), clock.instant());
        } finally {
            holders.remove(run.id());
            leases.release(run.marketplace(), holder);
        }
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
