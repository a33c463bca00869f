/** Customs persistence: plain JDBC on the caller's transaction over the customs_ tables (why not Micronaut Data JDBC yet: ADR 0017). */
@SecondaryAdapter
package io.kuajing.customs.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
