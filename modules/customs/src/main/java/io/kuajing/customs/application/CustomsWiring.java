package io.kuajing.customs.application;

import io.kuajing.customs.domain.declaration.DeclarationRules;
import io.kuajing.customs.domain.eligibility.PositiveListEditions;
import io.kuajing.customs.domain.reference.CustomsCountries;
import io.kuajing.customs.domain.reference.CustomsCurrencies;
import io.kuajing.customs.domain.reference.LegalUnits;
import io.kuajing.customs.domain.reference.PortsOfEntry;
import io.kuajing.customs.domain.reference.ReferenceData;
import io.kuajing.customs.domain.tax.CbecLimits;
import io.kuajing.customs.domain.tax.TaxCalculator;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The plain-Java domain services as beans, built from the reference data once at start. */
@Factory
class CustomsWiring {

    @Singleton
    TaxCalculator taxCalculator(ReferenceData data) {
        return new TaxCalculator(data.rates(), data.limits());
    }

    @Singleton
    CbecLimits.Schedule limits(ReferenceData data) {
        return data.limits();
    }

    @Singleton
    PositiveListEditions positiveList(ReferenceData data) {
        return data.positiveList();
    }

    @Singleton
    PortsOfEntry ports(ReferenceData data) {
        return data.ports();
    }

    @Singleton
    CustomsCountries countries(ReferenceData data) {
        return data.countries();
    }

    @Singleton
    CustomsCurrencies currencies(ReferenceData data) {
        return data.currencies();
    }

    @Singleton
    LegalUnits legalUnits(ReferenceData data) {
        return data.legalUnits();
    }

    @Singleton
    DeclarationRules declarationRules() {
        return new DeclarationRules();
    }
}
