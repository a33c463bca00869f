package io.kuajing.logistics.adapter.persistence;

import io.kuajing.platform.ModuleSchema;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The logistics module's tables (logistics_*) and their migrations in db/migration/logistics. */
@Factory
class LogisticsSchema {

    @Singleton
    ModuleSchema logisticsSchema() {
        return new ModuleSchema("logistics");
    }
}
