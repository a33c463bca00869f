package io.kuajing.export.adapter.persistence;

import io.kuajing.platform.ModuleSchema;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The export module's tables (export_*) and their migrations in db/migration/export. */
@Factory
class ExportSchema {

    @Singleton
    ModuleSchema exportSchema() {
        return new ModuleSchema("export");
    }
}
