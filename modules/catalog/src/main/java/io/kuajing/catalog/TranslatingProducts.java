package io.kuajing.catalog;

import io.kuajing.kernel.Sku;

/**
 * Operators giving a product its zh-CN title and description (approved at once: the operator is the reviewer), its
 * HS code when the feed has none or a wrong one, and its country of origin when the feed does not say it.
 */
public interface TranslatingProducts {

    /**
     * The zh-CN of what the product says today, approved by this operator: title, and description and brand when
     * given (null: left as they are). A product is shown and declarable once its title and brand are approved.
     *
     * @return false when there is no such product
     */
    boolean translate(Sku sku, String title, String description, String brand, String translatedBy);

    /**
     * Sets the goods' country of origin, which customs declares; it wins over the feed's and imports keep it.
     *
     * @return false when there is no such product
     * @throws io.kuajing.kernel.RuleViolation {@code country-code} when it is not an ISO 3166 alpha-2 code
     */
    boolean setOrigin(Sku sku, String countryCode, String setBy);

    /**
     * Classifies a product: its positive-list standing and taxes follow the new code at once, and later imports keep it.
     *
     * @return false when there is no such product
     * @throws io.kuajing.kernel.RuleViolation {@code hs-code} when the code is not 8 or 10 digits
     */
    boolean classify(Sku sku, String hsCode, String classifiedBy);
}
