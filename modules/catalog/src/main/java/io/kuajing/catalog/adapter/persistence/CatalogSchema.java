package io.kuajing.catalog.adapter.persistence;

import io.kuajing.platform.ModuleSchema;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The catalog module's tables (catalog_*) and their migrations in db/migration/catalog. */
@Factory
class CatalogSchema {

    @Singleton
    ModuleSchema catalogSchema() {
        return new ModuleSchema("catalog");
    }
}
