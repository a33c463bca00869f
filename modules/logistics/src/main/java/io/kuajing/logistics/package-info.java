/**
 * Logistics: warehouses (overseas, bonded, domestic), routes and delivery promises on the Chinese working-day calendar, carrier selection, shipments, waybills and tracking.
 *
 * <p>This package is the module's API, the only one other modules may use: facade interfaces, published
 * domain events and API records. Everything below it is internal.
 *
 * @see io.kuajing.architecture.ModuleBoundaryRules
 */
@BoundedContext(id = "logistics", name = "Logistics")
@PrimaryPort
package io.kuajing.logistics;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jmolecules.ddd.annotation.BoundedContext;
