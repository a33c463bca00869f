package io.kuajing.logistics.domain;

import io.kuajing.kernel.Money;

/** One line of goods in a consignment. */
public record Goods(String sku, String description, String hsCode, String originCountry, int quantity,
                    long unitWeightGrams, Money unitValue) {
}
