package io.kuajing.platform.datasource;

import java.util.Map;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

/**
 * Connector/J's settings for the product's way of using it, on MySQL URLs only: statements prepared by the server
 * and cached per connection, their result-set metadata cached, JDBC batches sent as multi-row statements. Without
 * them the driver parsed every statement's SQL on every prepare and hex-escaped every byte of a bound document
 * through a lambda, and mapped columns by name through a map it built again for each result (the declaration
 * pipeline's drain: 15% less CPU per order in the app and 20% less in the database server with server prepares,
 * docs/performance.md). The embedded H2 shares the data source's settings and the product runs the same on both
 * (ADR 8), so the driver's own settings are added here, where the URL says which driver it is, rather than in the
 * shipped configuration; a property the operator set in {@code datasources.default.data-source-properties} is left as
 * set (README: each connection keeps up to 250 statements open on the server, within MySQL's and MariaDB's
 * {@code max_prepared_stmt_count}).
 */
@Singleton
class MySqlDriverSettings implements BeanCreatedEventListener<DatasourceConfiguration> {

    /**
     * Statements kept per connection, and the longest SQL kept: the product's multi-row inserts (one text per row
     * count) and its longer queries go past the driver's defaults of 25 and 256 characters. The outbox claim's round,
     * one part per handler (ADR 0045), is some 8,750 characters for thirty handlers: under a shorter limit the server
     * prepared it again, and the driver sent it whole, at every claim.
     */
    static final Map<String, String> PROPERTIES = Map.of(
            "useServerPrepStmts", "true",
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "12288",
            "cacheResultSetMetadata", "true",
            "rewriteBatchedStatements", "true");

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
