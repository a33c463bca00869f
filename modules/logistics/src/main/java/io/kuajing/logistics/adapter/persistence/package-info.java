/** Logistics persistence: Micronaut Data JDBC entities and repositories over the logistics_ tables. */
@SecondaryAdapter
package io.kuajing.logistics.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
