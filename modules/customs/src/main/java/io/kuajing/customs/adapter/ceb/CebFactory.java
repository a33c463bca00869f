package io.kuajing.customs.adapter.ceb;

import io.kuajing.customs.domain.declaration.CustomsMessages;
import io.kuajing.customs.domain.reference.CustomsCountries;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

@Factory
class CebFactory {

    @Singleton
    CustomsMessages customsMessages(CustomsCountries countries) {
        return new JaxbCustomsMessages(countries);
    }
}
