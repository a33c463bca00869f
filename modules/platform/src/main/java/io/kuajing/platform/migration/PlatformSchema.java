package io.kuajing.platform.migration;

import io.kuajing.platform.ModuleSchema;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

@Factory
class PlatformSchema {

    @Singleton
    ModuleSchema platformSchema() {
        return new ModuleSchema("platform");
    }
}
