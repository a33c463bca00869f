/**
 * Logistics persistence on Micronaut Data JDBC over the logistics_ tables: a {@code @MappedEntity} record per table
 * ({@code *Row}), a {@code @JdbcRepository(dialect = MYSQL)} interface per table ({@code *Rows}, generated at compile
 * time, run on MySQL, MariaDB and the embedded H2 in MySQL mode), and {@link JdbcShipmentStore} mapping rows to the
 * plain domain {@code Shipment}. Native {@code @Query} SQL only where MySQL's own is needed: the queue's claim
 * ({@code FOR UPDATE SKIP LOCKED} with a lease), the guarded nudge, {@code INSERT IGNORE} and the label upsert. Every
 * statement runs on the caller's transaction (the platform's {@code Transactions}). Why and at what cost: ADR 0017.
 */
@SecondaryAdapter
package io.kuajing.logistics.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
