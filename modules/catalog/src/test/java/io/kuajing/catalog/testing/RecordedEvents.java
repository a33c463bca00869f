package io.kuajing.catalog.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.kuajing.catalog.OfferOutOfStock;
import io.kuajing.catalog.OfferPriceChanged;
import io.kuajing.catalog.ProductListed;
import io.kuajing.platform.EventHandler;
import io.kuajing.platform.testing.RecordingHandler;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.jmolecules.event.types.DomainEvent;

/**
 * Handlers of the catalogue's events, as another module would have, recording what was delivered. Not in the
 * "no-catalog-handlers" environment, where the benchmark measures the import without outbox rows.
 */
@Factory
@Requires(notEnv = "no-catalog-handlers")
public class RecordedEvents {

    public static final List<DomainEvent> DELIVERED = new CopyOnWriteArrayList<>();

    @Singleton
    EventHandler<ProductListed> listed() {
        return handler("test.catalog.listed", ProductListed.class);
    }

    @Singleton
    EventHandler<OfferPriceChanged> priceChanged() {
        return handler("test.catalog.price-changed", OfferPriceChanged.class);
    }

    @Singleton
    EventHandler<OfferOutOfStock> outOfStock() {
        return handler("test.catalog.out-of-stock", OfferOutOfStock.class);
    }

    private static <E extends DomainEvent> EventHandler<E> handler(String id, Class<E> type) {
        return new RecordingHandler<>(id, type, DELIVERED);
    }
}
