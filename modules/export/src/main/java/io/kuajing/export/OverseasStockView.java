package io.kuajing.export;

import java.util.Map;

/** A listing's stock in one country abroad: units shipped (per warehouse code), sold by 9810 orders, on hand. */
public record OverseasStockView(String sku, String country, Map<String, Integer> shippedByWarehouse, int shipped,
                                int sold, int onHand) {
}
