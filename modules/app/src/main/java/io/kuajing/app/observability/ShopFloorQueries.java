package io.kuajing.app.observability;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;

/**
 * Reads {@link ShopFloor} with a handful of aggregate queries over the modules' tables, on one connection, each
 * query bounded by a timeout. A read-only view for operators (ADR 0014): the modules keep owning their tables,
 * and the app's metrics test breaks if a table changes under these queries.
 */
@Singleton
class ShopFloorQueries {

    private static final String ORDERS = """
            SELECT mode, COUNT(*),
                   SUM(CASE WHEN paid_at IS NOT NULL THEN 1 ELSE 0 END),
                   SUM(CASE WHEN status IN ('DELIVERED', 'RETURNED') THEN 1 ELSE 0 END)
            FROM purchase_order GROUP BY mode""";
    private static final String DECLARATIONS = """
            SELECT COUNT(*),
                   SUM(CASE WHEN status = 'REJECTED' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN released_on IS NOT NULL THEN 1 ELSE 0 END)
            FROM customs_declaration""";
    // From each declaration's sending to the first release receipt (800), summed by the database; TIMESTAMPDIFF in
    // microseconds means the same on MySQL, MariaDB and the embedded H2.
    private static final String RELEASES = """
            SELECT COUNT(*), COALESCE(SUM(TIMESTAMPDIFF(MICROSECOND, d.declared_at, r.released_at)), 0)
            FROM customs_declaration d
            JOIN (SELECT order_no, MIN(received_at) AS released_at FROM customs_receipt WHERE status_code = 800
                  GROUP BY order_no) r ON r.order_no = d.order_no""";
    private static final String OUTBOX = """
            SELECT SUM(CASE WHEN status = 'PUBLISHED' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN status = 'FAILED' THEN 1 ELSE 0 END),
                   MIN(CASE WHEN status = 'PUBLISHED' THEN publication_date END)
            FROM platform_event_publication WHERE status IN ('PUBLISHED', 'FAILED')""";
    private static final String IMPORTS = """
            SELECT COALESCE(SUM(seen), 0), SUM(CASE WHEN status = 'RUNNING' THEN 1 ELSE 0 END)
            FROM catalog_import_run""";

    // Looked up at the first query: the pool registers its metrics with the meter registry, which binds
    // BusinessMetrics, which needs these queries; a direct dependency would make that a cycle.
    private final BeanProvider<DataSource> dataSource;
    private final DataSourceResolver resolver;
    private final Clock clock;
    private final int queryTimeoutSeconds;

    ShopFloorQueries(BeanProvider<DataSource> dataSource, DataSourceResolver resolver, Clock clock,
                     @Value("${kuajing.operations.query-timeout:2s}") Duration queryTimeout) {
        this.dataSource = dataSource;
        this.resolver = resolver;
        this.clock = clock;
        this.queryTimeoutSeconds = (int) Math.max(1, queryTimeout.toSeconds());
    }

    ShopFloor read() {
        try (Connection connection = connection()) {
            connection.setReadOnly(true);
            Map<String, ShopFloor.Orders> orders = new LinkedHashMap<>();
            query(connection, ORDERS, rs -> {
                while (rs.next()) {
                    orders.put(rs.getString(1), new ShopFloor.Orders(rs.getLong(2), rs.getLong(3), rs.getLong(4)));
                }
                return null;
            });
            ShopFloor.Declarations declarations = query(connection, DECLARATIONS, rs -> rs.next()
                    ? new ShopFloor.Declarations(rs.getLong(1), rs.getLong(2), rs.getLong(3))
                    : new ShopFloor.Declarations(0, 0, 0));
            ShopFloor.Releases releases = query(connection, RELEASES, rs -> {
                rs.next();
                return new ShopFloor.Releases(rs.getLong(1), Duration.ofNanos(rs.getLong(2) * 1000));
            });
            ShopFloor.Outbox outbox = query(connection, OUTBOX, rs -> {
                rs.next();
                Timestamp oldest = rs.getTimestamp(3);
                return new ShopFloor.Outbox(rs.getLong(1), rs.getLong(2),
                        oldest == null ? Duration.ZERO : Duration.between(utc(oldest), clock.instant()));
            });
            ShopFloor.ImportedRows imports = query(connection, IMPORTS, rs -> {
                rs.next();
                return new ShopFloor.ImportedRows(rs.getLong(1), rs.getLong(2));
            });
            return new ShopFloor(orders, declarations, releases, outbox, imports);
        } catch (SQLException e) {
            throw new IllegalStateException("reading the business figures failed: " + e.getMessage(), e);
        }
    }

    /** Answers {@code SELECT 1} within the query timeout: the database is there and serves this app. */
    boolean ping() {
        try (Connection connection = connection()) {
            return query(connection, "SELECT 1", ResultSet::next);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Messages for customs not yet handed to the single window, and when the oldest of them was made. */
    Backlog undeliveredCustomsMessages() {
        try (Connection connection = connection()) {
            return query(connection, "SELECT COUNT(*), MIN(sent_at) FROM customs_message WHERE delivered_at IS NULL", rs -> {
                rs.next();
                Timestamp oldest = rs.getTimestamp(2);
                return new Backlog(rs.getLong(1), oldest == null ? Duration.ZERO : Duration.between(utc(oldest), clock.instant()));
            });
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** A connection of its own from the pool, outside any transaction of the request that asks. */
    private Connection connection() throws SQLException {
        return resolver.resolve(dataSource.get()).getConnection();
    }

    record Backlog(long count, Duration oldestAge) {
    }

    private interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(Connection connection, String sql, Rows<T> rows) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setQueryTimeout(queryTimeoutSeconds);
            try (ResultSet rs = statement.executeQuery()) {
                return rows.read(rs);
            }
        }
    }

    /** The modules store instants as UTC DATETIME columns. */
    private static Instant utc(Timestamp timestamp) {
        LocalDateTime local = timestamp.toLocalDateTime();
        return local.toInstant(ZoneOffset.UTC);
    }
}
