/** Catalog persistence: Micronaut Data JDBC entities and repositories over the catalog_ tables. */
@SecondaryAdapter
package io.kuajing.catalog.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
