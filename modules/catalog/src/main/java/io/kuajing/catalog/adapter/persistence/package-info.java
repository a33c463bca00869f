/**
 * Catalog persistence over the catalog_ tables, on Micronaut Data JDBC but for the import: a {@code @MappedEntity}
 * record per table ({@code *Row}; {@link io.kuajing.catalog.adapter.persistence.ReviewRow} a joined read), a
 * {@code @JdbcRepository(dialect = MYSQL)} interface per table or query ({@code *Rows}, generated at compile time, run
 * on MySQL, MariaDB and the embedded H2 in MySQL mode), and the {@code Jdbc*} adapters mapping rows to the plain domain
 * types. Native {@code @Query} SQL where MySQL's own is needed or the read joins: upserts ({@code ON DUPLICATE KEY
 * UPDATE}), the translation queue's {@code FOR UPDATE SKIP LOCKED} claim, guarded updates whose row count is the
 * answer, the lease's locking read. The catalogue import's reads and writes
 * ({@link io.kuajing.catalog.adapter.persistence.JdbcCatalogStore}) stay hand-written multi-row JDBC, the measured hot
 * path (ADR 0034). Every write runs on the caller's transaction through
 * {@link io.kuajing.catalog.adapter.persistence.CatalogWrites} (the platform's {@code Transactions}), which tells the
 * page cache.
 */
@SecondaryAdapter
package io.kuajing.catalog.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
