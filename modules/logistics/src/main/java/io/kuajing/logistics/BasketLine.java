package io.kuajing.logistics;

import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Money;

/** One basket line as logistics sees it: fulfilment mode and warehouse, quantity, weight and value of one unit, HS code and origin. */
public record BasketLine(String sku, FulfilmentMode mode, String warehouseId, int quantity, long unitWeightGrams,
                         Money unitPrice, String hsCode, String originCountry) {
}
