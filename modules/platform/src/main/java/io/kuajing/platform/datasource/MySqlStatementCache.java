package io.kuajing.platform.datasource;

import java.util.Map;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Connector/J's client-side statement cache, on MySQL URLs only. Without it the driver parses every statement's
 * SQL on every prepare (4-7 % of the declaration pipeline's CPU, docs/performance.md), since the product prepares
 * a statement per use. The embedded H2 shares the data source's settings and the product runs the same on both
 * (ADR 8), so the driver's own settings are added here, where the URL says which driver it is, rather than in
 * the shipped configuration; a property the operator set in {@code datasources.default.data-source-properties}
 * is left as set.
 */
@Singleton
class MySqlStatementCache implements BeanCreatedEventListener<DatasourceConfiguration> {

    /**
     * Statements kept per connection, and the longest SQL kept: the product's multi-row inserts (one text per row
     * count) and its longer queries go past the driver's defaults of 25 and 256 characters.
     */
    static final Map<String, String> PROPERTIES = Map.of(
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "2048");

    @Override
    public DatasourceConfiguration onCreated(BeanCreatedEvent<DatasourceConfiguration> event) {
        return configure(event.getBean());
    }

    static DatasourceConfiguration configure(DatasourceConfiguration configuration) {
        String url = configuration.getUrl();
        if (url != null && url.startsWith("jdbc:mysql:")) {
            PROPERTIES.forEach((name, value) -> {
                if (!configuration.getDataSourceProperties().containsKey(name)) {
                    configuration.addDataSourceProperty(name, value);
                }
            });
        }
        return configuration;
    }
}
