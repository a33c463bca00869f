package io.kuajing.customs.application;

import io.kuajing.customs.domain.declaration.DeclarationRules;
import io.kuajing.customs.domain.eligibility.PositiveListEditions;
import io.kuajing.customs.domain.reference.CustomsCountries;
import io.kuajing.customs.domain.reference.PortsOfEntry;
import io.kuajing.customs.domain.reference.ReferenceData;
import io.kuajing.customs.domain.tax.CbecLimits;
import io.kuajing.customs.domain.tax.TaxCalculator;
import java.nio.file.Files;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The plain-Java domain services as beans, built from the reference data folder once at start. */
@Factory
class CustomsWiring {

    private static final Logger LOG = LoggerFactory.getLogger(CustomsWiring.class);

    /**
     * The configured folder when it exists; otherwise the copy of config/customs built into the jar, so the app
     * starts on a fresh machine (operators then update the folder, not the jar).
     */
    @Singleton
    ReferenceData referenceData(CustomsSettings settings) {
        if (Files.isDirectory(settings.getReferenceData())) {
            LOG.info("customs reference data from {}", settings.getReferenceData().toAbsolutePath());
            return ReferenceData.load(settings.getReferenceData());
        }
        LOG.warn("customs reference data folder {} not found: using the copy shipped in the jar; set "
                + "kuajing.customs.reference-data", settings.getReferenceData().toAbsolutePath());
        return ReferenceData.read(ShippedConfig::text, "classpath:" + ShippedConfig.FOLDER);
    }

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
    DeclarationRules declarationRules() {
        return new DeclarationRules();
    }
}
