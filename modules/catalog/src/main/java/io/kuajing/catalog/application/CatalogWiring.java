package io.kuajing.catalog.application;

import io.kuajing.catalog.domain.CatalogChanges;
import io.kuajing.catalog.domain.DeliveryPromises;
import io.kuajing.catalog.domain.FreightEstimates;
import io.kuajing.catalog.domain.FxRates;
import io.kuajing.catalog.domain.LandedPricing;
import io.kuajing.catalog.domain.PositiveList;
import io.kuajing.catalog.domain.TaxQuotes;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** Creates the plain-Java domain services with the ports' adapters: the domain itself knows no framework. */
@Factory
class CatalogWiring {

    @Singleton
    LandedPricing landedPricing(PositiveList positiveList, FxRates fxRates, TaxQuotes taxQuotes,
                                FreightEstimates freight, DeliveryPromises promises) {
        return new LandedPricing(positiveList, fxRates, taxQuotes, freight, promises);
    }

    @Singleton
    CatalogChanges catalogChanges() {
        return new CatalogChanges();
    }
}
