package archfixture.platformupwards.platform.outbox;

import archfixture.platformupwards.catalog.ProductPublished;

/** Planted: the outbox knows a catalog event by name. */
public class EventTypes {
    static final Class<?> PRODUCT_PUBLISHED = ProductPublished.class;
}
