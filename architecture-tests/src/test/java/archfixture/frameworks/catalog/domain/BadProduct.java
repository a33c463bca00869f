package archfixture.frameworks.catalog.domain;

import io.micronaut.core.annotation.Introspected;

/** Planted: a domain class made a Micronaut bean introspection. */
@Introspected
public class BadProduct {
}
