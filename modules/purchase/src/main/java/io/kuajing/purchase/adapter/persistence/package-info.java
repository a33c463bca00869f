/**
 * Purchase persistence over the purchase_ tables, on Micronaut Data JDBC (ADR 0037): a {@code @MappedEntity} record
 * per table ({@code *Row}), a {@code @JdbcRepository(dialect = MYSQL)} interface per table ({@code *Rows}, generated
 * at compile time, run on MySQL, MariaDB and the embedded H2 in MySQL mode; the reports' sums in
 * {@code SoldOrderRows}), and the {@code Jdbc*} adapters mapping rows to the plain domain types. Native {@code @Query}
 * SQL where MySQL's own is needed: upserts that lock at once ({@code ON DUPLICATE KEY UPDATE}), guarded updates whose
 * row count is the answer (the order's version, the stock hold), locking reads ({@code FOR UPDATE}), {@code LIMIT}
 * windows, grouped reports, and line batches. No adapter opens a write transaction: the application services write in
 * the platform's {@code Transactions}, whose connection the repositories use; checkout sends the statements it sent
 * by hand (CheckoutStatementsTest).
 */
@SecondaryAdapter
package io.kuajing.purchase.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
