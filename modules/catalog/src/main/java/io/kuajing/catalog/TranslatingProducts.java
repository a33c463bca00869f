package io.kuajing.catalog;

import io.kuajing.kernel.Sku;

/** Operators giving a product its zh-CN title and description, and its HS code when the feed has none or a wrong one. */
public interface TranslatingProducts {

    /** @return false when there is no such product */
    boolean translate(Sku sku, String title, String description, String translatedBy);

    /**
     * Classifies a product: its positive-list standing and taxes follow the new code at once, and later imports keep it.
     *
     * @return false when there is no such product
     * @throws io.kuajing.kernel.RuleViolation {@code hs-code} when the code is not 8 or 10 digits
     */
    boolean classify(Sku sku, String hsCode, String classifiedBy);
}
