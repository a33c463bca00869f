/**
 * Fengchi Express (风驰速运), the reference SF-like Chinese express carrier: electronic waybills for the last mile
 * from bonded warehouses (flash purchase), ports after clearance (direct mail) and domestic warehouses. Speaks
 * XML signed with a partner check word; {@link io.kuajing.plugin.fengchi.FengchiMapper} is the pure mapping.
 */
package io.kuajing.plugin.fengchi;
