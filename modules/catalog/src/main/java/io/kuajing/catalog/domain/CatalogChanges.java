package io.kuajing.catalog.domain;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The catalogue's change counter: every write to the catalogue's tables moves it on, once when it is made and once
 * when its transaction ends (committed or not), so a copy of what the catalogue said that was read under one
 * generation is known stale by the next. Readers keep such copies (the product pages checkout prices from);
 * this is how they learn that this node changed the catalogue. Other nodes' writes reach them by expiry only.
 */
public final class CatalogChanges {

    private final AtomicLong generation = new AtomicLong();

    public long generation() {
        return generation.get();
    }

    public void changed() {
        generation.incrementAndGet();
    }
}
