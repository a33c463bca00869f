/** Purchase persistence: Micronaut Data JDBC entities and repositories over the purchase_ tables. */
@SecondaryAdapter
package io.kuajing.purchase.adapter.persistence;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
