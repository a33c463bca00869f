package io.kuajing.export;

import java.util.List;

/**
 * A consignment as an operator records it: the warehouse (ISO country, its code), how it travels (SEA or AIR), the
 * carrier and its bill of lading or air waybill number, the packages the waybill counts, and units per listing.
 */
public record NewConsignment(String warehouseCountry, String warehouseCode, String transport, String carrier,
                             String waybillNo, Integer packages, List<Line> lines) {

    public record Line(String sku, Integer quantity) {
    }
}
