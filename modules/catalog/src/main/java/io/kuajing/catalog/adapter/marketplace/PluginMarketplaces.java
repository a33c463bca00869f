package io.kuajing.catalog.adapter.marketplace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.catalog.domain.FeedPage;
import io.kuajing.catalog.domain.Marketplaces;
import io.kuajing.catalog.domain.Rejection;
import io.kuajing.catalog.domain.SourceListing;
import io.kuajing.catalog.domain.SourceOffer;
import io.kuajing.catalog.domain.WarehouseType;
import io.kuajing.platform.Extensions;
import io.kuajing.plugin.marketplace.CatalogItem;
import io.kuajing.plugin.marketplace.CatalogPage;
import io.kuajing.plugin.marketplace.MarketplacePlugin;
import io.kuajing.plugin.marketplace.MarketplaceRole;
import io.kuajing.plugin.marketplace.Message;
import io.kuajing.plugin.marketplace.Offer;
import io.kuajing.plugin.marketplace.OfferBatch;
import jakarta.inject.Singleton;

/**
 * {@link Marketplaces} over the loaded SOURCE marketplace plugins. A page is the plugin's catalogue page plus one
 * {@code offers} call for its refs. ERROR messages become rejections (the row is not imported, the run goes on);
 * warnings are dropped here because the plugin kept the row.
 */
@Singleton
class PluginMarketplaces implements Marketplaces {

    private final Extensions extensions;

    PluginMarketplaces(Extensions extensions) {
        this.extensions = extensions;
    }

    @Override
    public List<MarketplaceInfo> sources() {
        return sourcePlugins().stream()
                .map(p -> new MarketplaceInfo(p.descriptor().id(), p.descriptor().name(), p.descriptor().version(),
                        p.profile().sites()))
                .toList();
    }

    @Override
    public Optional<Feed> feed(String marketplace) {
        return sourcePlugins().stream()
                .filter(p -> p.descriptor().id().equals(marketplace))
                .findFirst()
                .map(plugin -> (cursor, pageSize) -> page(plugin, cursor, pageSize));
    }

    private List<MarketplacePlugin> sourcePlugins() {
        return extensions.all(MarketplacePlugin.class).stream()
                .filter(p -> p.profile().has(MarketplaceRole.SOURCE))
                .toList();
    }

    static FeedPage page(MarketplacePlugin plugin, String cursor, int pageSize) {
        CatalogPage page = plugin.catalog(cursor, pageSize);
        List<Rejection> rejections = new ArrayList<>();
        errors(page.messages(), rejections);
        int unreadableRows = rejections.size();
        List<String> refs = page.items().stream().map(CatalogItem::externalRef).toList();
        Map<String, List<SourceOffer>> offersByRef = new HashMap<>();
        if (!refs.isEmpty()) {
            OfferBatch batch = plugin.offers(refs);
            errors(batch.messages(), rejections);
            for (Offer offer : batch.offers()) {
                offersByRef.computeIfAbsent(offer.externalRef(), r -> new ArrayList<>()).add(offer(offer));
            }
        }
        List<SourceListing> listings = page.items().stream()
                .map(item -> new SourceListing(item.externalRef(), item.title(), item.description(), item.language(),
                        item.brand(), item.category(), item.gtin(), item.hsCode(), item.weightGrams(),
                        offersByRef.getOrDefault(item.externalRef(), List.of()), item.countryOfOrigin()))
                .toList();
        return new FeedPage(listings, rejections, unreadableRows, page.nextCursor());
    }

    private static SourceOffer offer(Offer offer) {
        return new SourceOffer(offer.externalRef(), offer.sellerId(), offer.sellerName(), offer.price().amount(),
                offer.price().currency(), offer.stock(), offer.shipFrom().warehouseCode(), offer.shipFrom().country(),
                WarehouseType.valueOf(offer.shipFrom().type().name()));
    }

    private static void errors(List<Message> messages, List<Rejection> into) {
        for (Message message : messages) {
            if (message.level() == Message.Level.ERROR) {
                into.add(new Rejection(message.ref(), message.code(), message.text()));
            }
        }
    }
}
