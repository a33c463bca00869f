package io.kuajing.customs.adapter.persistence;

import io.kuajing.platform.ModuleSchema;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The customs module's tables (customs_*) and their migrations in db/migration/customs. */
@Factory
class CustomsSchema {

    @Singleton
    ModuleSchema customsSchema() {
        return new ModuleSchema("customs");
    }
}
