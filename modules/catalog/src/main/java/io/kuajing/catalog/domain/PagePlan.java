package io.kuajing.catalog.domain;

import java.util.List;

import org.jmolecules.event.types.DomainEvent;

/**
 * What one import page changes: products and offers to write (new or changed only: unchanged rows are not written,
 * which is what makes a re-import change nothing), the events to publish with them, the rejected rows, and the counts.
 */
public record PagePlan(List<Product> products, List<Offer> offers, List<DomainEvent> events,
                       List<Rejection> rejections, ImportProgress progress) {

    public PagePlan {
        products = List.copyOf(products);
        offers = List.copyOf(offers);
        events = List.copyOf(events);
        rejections = List.copyOf(rejections);
    }
}
