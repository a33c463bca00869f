/**
 * Logistics: warehouses (overseas, bonded, domestic), routes and delivery promises on the Chinese working-day calendar, carrier selection, shipments, waybills and tracking.
 *
 * <p>This package is the module's API, the only one other modules may use: {@link io.kuajing.logistics.DeliveryPromises}
 * (promises and delivery options for catalog and checkout), {@link io.kuajing.logistics.Shipments} (shipments of
 * paid orders), the events it publishes ({@link io.kuajing.logistics.WaybillAssigned},
 * {@link io.kuajing.logistics.ShipmentDispatched}, {@link io.kuajing.logistics.ShipmentDelivered},
 * {@link io.kuajing.logistics.ShipmentException}) and their records. Everything below it is internal; the rules
 * are in docs/logistics.md.
 *
 * @see io.kuajing.architecture.ModuleBoundaryRules
 */
@BoundedContext(id = "logistics", name = "Logistics")
package io.kuajing.logistics;

import org.jmolecules.ddd.annotation.BoundedContext;
