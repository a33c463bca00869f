package io.kuajing.catalog.domain;

import java.util.List;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The source marketplaces the catalogue can import from (the marketplace plugins the app loaded). */
@SecondaryPort
public interface Marketplaces {

    List<MarketplaceInfo> sources();

    /** A source marketplace's catalogue to page through, by marketplace (plugin) id. */
    Optional<Feed> feed(String marketplace);

    /** Who a source marketplace is. */
    record MarketplaceInfo(String id, String name, String version, List<String> sites) {
    }

    /** Pages of a source catalogue with their offers. */
    interface Feed {
        /** @param cursor null for the first page */
        FeedPage page(String cursor, int pageSize);
    }
}
