/**
 * Customs persistence on the caller's transaction over the customs_ tables: Micronaut Data JDBC repositories
 * ({@code *Rows}, with native MySQL statements for the guarded updates, upserts and locking reads) behind the domain's
 * ports (ADR 0017).
 */
@SecondaryAdapter
package io.kuajing.customs.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
