package io.kuajing.catalog.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The catalogue as an import sees it: what is known for a page's listings, and writing a page's changes. */
@SecondaryPort
public interface CatalogStore {

    /** Products with these identity keys (any marketplace) and this marketplace's offers for these external refs. */
    KnownState known(String marketplace, Collection<String> identityKeys, Collection<String> externalRefs);

    /** The keys of this marketplace's offers with stock: read before a run, to find those it no longer sees. */
    Set<OfferKey> inStockOfferKeys(String marketplace);

    /** Writes the plan's products and offers (insert or update by key), in the caller's transaction. */
    void write(PagePlan plan, Instant now);
}
