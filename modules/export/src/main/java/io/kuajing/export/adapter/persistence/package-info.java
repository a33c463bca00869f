/**
 * Export persistence over the export_ tables, on Micronaut Data JDBC: a {@code @MappedEntity} record per table
 * ({@code *Row}), a {@code @JdbcRepository(dialect = MYSQL)} interface per table ({@code *Rows}, generated at compile
 * time, run on MySQL, MariaDB and the embedded H2 in MySQL mode), and the {@code Jdbc*} adapters mapping rows to the
 * plain domain types. Native {@code @Query} SQL where MySQL's own is needed or the read joins: the locking reads
 * ({@code FOR UPDATE}), guarded status moves whose row count is the answer, {@code LIMIT}ed latest rows, the sums over
 * joined lines, and the line batches. No adapter opens a transaction: the application services write in the
 * platform's {@code Transactions}, whose connection the repositories use (docs/export.md, "Persistence").
 */
@SecondaryAdapter
package io.kuajing.export.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
