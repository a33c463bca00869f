package io.kuajing.logistics.domain;

import java.util.List;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Regime;

/**
 * The routes of each fulfilment mode, in order of preference:
 * <ul>
 *   <li>DIRECT_MAIL: overseas warehouse -> air line haul -> port customs (9610) -> last mile; or one postal
 *       waybill door to door;</li>
 *   <li>FLASH_PURCHASE: bonded warehouse -> customs release (1210) -> last mile;</li>
 *   <li>DIRECT_PURCHASE: domestic warehouse -> last mile (0110).</li>
 * </ul>
 * A direct-mail line haul gets the promise minus the days the last mile needs after clearance.
 */
public final class Routes {

    /** Working days kept for clearance and last mile after a line haul lands. */
    static final int LAST_MILE_AFTER_PORT_DAYS = 3;

    private Routes() {
    }

    public static boolean serves(FulfilmentMode mode, Warehouse warehouse) {
        return switch (mode) {
            case DIRECT_MAIL -> warehouse.kind() == WarehouseKind.OVERSEAS;
            case FLASH_PURCHASE -> warehouse.kind() == WarehouseKind.BONDED;
            case DIRECT_PURCHASE -> warehouse.kind() == WarehouseKind.DOMESTIC;
        };
    }

    /** Route alternatives, each a list of legs; {@code port} is where direct mail enters China. */
    public static List<List<RouteLeg>> plan(FulfilmentMode mode, Warehouse warehouse, Warehouse port, int promisedMaxDays) {
        Regime regime = Regime.of(mode);
        return switch (mode) {
            case DIRECT_MAIL -> List.of(
                    List.of(new RouteLeg(LegKind.LINE_HAUL, warehouse, port, regime, promisedMaxDays - LAST_MILE_AFTER_PORT_DAYS),
                            new RouteLeg(LegKind.LAST_MILE, port, null, regime, LAST_MILE_AFTER_PORT_DAYS)),
                    List.of(new RouteLeg(LegKind.END_TO_END, warehouse, null, regime, promisedMaxDays)));
            case FLASH_PURCHASE, DIRECT_PURCHASE -> List.of(
                    List.of(new RouteLeg(LegKind.LAST_MILE, warehouse, null, regime, promisedMaxDays)));
        };
    }
}
