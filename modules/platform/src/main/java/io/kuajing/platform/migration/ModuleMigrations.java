package io.kuajing.platform.migration;

import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import io.kuajing.platform.ModuleSchema;
import io.micronaut.context.BeanLocator;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Migrates every module's schema when the data source is created, before any repository can use it.
 * Each module has its own Flyway history table, so one module's migrations never reorder another's.
 * The platform goes first: other modules may rely on its outbox table.
 */
@Singleton
class ModuleMigrations implements BeanCreatedEventListener<DataSource> {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleMigrations.class);

    private final BeanLocator beans;

    ModuleMigrations(BeanLocator beans) {
        this.beans = beans;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        // Micronaut Data hands out a connection-aware proxy whose connections come from beans that need this very
        // data source: migrating through it would recurse. Flyway gets the pool underneath.
        DataSource dataSource = DelegatingDataSource.unwrapDataSource(event.getBean());
        List<ModuleSchema> schemas = beans.getBeansOfType(ModuleSchema.class).stream()
                .sorted(Comparator.comparing((ModuleSchema s) -> !s.module().equals("platform"))
                        .thenComparing(ModuleSchema::module))
                .toList();
        migrate(dataSource, schemas, getClass().getClassLoader());
        return event.getBean();
    }

    /**
     * Brings every schema to the migrations {@code classes} carry; returns false when nothing was pending, told by
     * {@link PackagedMigrations} without starting Flyway (most starts: it saves Flyway's second of scanning).
     */
    static boolean migrate(DataSource dataSource, List<ModuleSchema> schemas, ClassLoader classes) {
        if (PackagedMigrations.in(classes).allApplied(dataSource, schemas)) {
            LOG.info("schemas {}: every packaged migration is applied", schemas.stream().map(ModuleSchema::module).toList());
            return false;
        }
        for (ModuleSchema schema : schemas) {
            var result = Flyway.configure(classes)
                    .dataSource(dataSource)
                    .locations(schema.migrationsLocation())
                    .table(schema.historyTable())
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            LOG.info("schema {}: {} migration(s) applied, now at {}", schema.module(),
                    result.migrationsExecuted, result.targetSchemaVersion);
        }
        return true;
    }
}
