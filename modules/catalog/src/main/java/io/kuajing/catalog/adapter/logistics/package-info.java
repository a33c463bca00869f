/**
 * The catalogue's question to logistics, answered by the logistics module's API: when an order placed now would
 * arrive, from the offer's own warehouse, on the China working-day calendar. Logistics owns the promise; the
 * product page shows the one checkout keeps on the order and the trip is measured against.
 */
@SecondaryAdapter
package io.kuajing.catalog.adapter.logistics;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
