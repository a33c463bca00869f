/** Customs persistence: Micronaut Data JDBC entities and repositories over the customs_ tables. */
@SecondaryAdapter
package io.kuajing.customs.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
