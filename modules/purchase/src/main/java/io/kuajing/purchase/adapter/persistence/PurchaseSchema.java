package io.kuajing.purchase.adapter.persistence;

import io.kuajing.platform.ModuleSchema;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The purchase module's tables (purchase_*) and their migrations in db/migration/purchase. */
@Factory
class PurchaseSchema {

    @Singleton
    ModuleSchema purchaseSchema() {
        return new ModuleSchema("purchase");
    }
}
