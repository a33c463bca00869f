package io.kuajing.catalog.application;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.kuajing.catalog.domain.CatalogImport;
import io.kuajing.catalog.domain.FeedPage;
import io.kuajing.catalog.domain.SourceListing;

/**
 * Writes import pages in the background while the next page is read from the marketplace and planned, on up to
 * {@code width} connections at once. With width 1 (the default) reading and planning overlap writing; a wider
 * pipeline keeps more database threads busy, which pays when the database has cores to spare (on a 2-core machine
 * shared with the app it does not: measured slower). Pages stay independent transactions, and a page waits for every
 * page in flight that touches the same product or external ref before it is planned, so it plans against what those
 * pages committed (a GTIN on two pages is created once).
 */
final class PagePipeline implements AutoCloseable {

    private record InFlight(Future<?> done, Set<String> keys) {
    }

    private final int width;
    private final ExecutorService executor;
    private final Deque<InFlight> inFlight = new ArrayDeque<>();

    PagePipeline(int width) {
        this.width = width;
        this.executor = Executors.newFixedThreadPool(width, r -> {
            Thread thread = new Thread(r, "catalog-import-writer");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The product identities and external refs a page touches. */
    static Set<String> keysOf(String marketplace, FeedPage page) {
        Set<String> keys = new HashSet<>(page.listings().size() * 4);
        for (SourceListing listing : page.listings()) {
            keys.add(CatalogImport.identityOf(marketplace, listing).key());
            keys.add("ref:" + listing.externalRef());
        }
        return keys;
    }

    /** Waits for the last page in flight that touches any of {@code keys}, and for every page submitted before it. */
    void awaitPagesTouching(Set<String> keys) {
        InFlight last = null;
        for (InFlight page : inFlight) {
            if (!Collections.disjoint(page.keys(), keys)) {
                last = page;
            }
        }
        if (last != null) {
            awaitUpTo(last);
        }
    }

    void submit(Set<String> keys, Runnable write) {
        while (inFlight.size() >= width) {
            await(inFlight.removeFirst());
        }
        awaitPagesTouching(keys);
        inFlight.addLast(new InFlight(executor.submit(write), keys));
    }

    void awaitAll() {
        while (!inFlight.isEmpty()) {
            await(inFlight.removeFirst());
        }
    }

    /** Waits for {@code page} and every page submitted before it (they commit in order from the caller's view). */
    private void awaitUpTo(InFlight page) {
        while (!inFlight.isEmpty()) {
            InFlight first = inFlight.removeFirst();
            await(first);
            if (first == page) {
                return;
            }
        }
    }

    private static void await(InFlight page) {
        try {
            page.done().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * Lets the pages in flight finish even when the walk failed, so a failed run keeps every page it handed over
     * (interrupting them would roll back pages the run already counted as read).
     */
    @Override
    public void close() {
        while (!inFlight.isEmpty()) {
            try {
                await(inFlight.removeFirst());
            } catch (RuntimeException alreadyFailing) {
                // The walk is already failing and reports the first error; a second one adds nothing.
            }
        }
        executor.shutdown();
    }
}
