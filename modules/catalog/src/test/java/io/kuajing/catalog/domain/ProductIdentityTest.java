package io.kuajing.catalog.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProductIdentityTest {

    @Test
    void theSkuIsStableAndShort() {
        String sku = ProductIdentity.of("us-spapi-export", "B0TEST0001", null).sku().value();
        assertEquals(sku, ProductIdentity.of("us-spapi-export", "B0TEST0001", null).sku().value());
        assertTrue(sku.matches("KJ-[A-Z2-9]{12}"), sku);
        assertNotEquals(sku, ProductIdentity.of("jp-csv-export", "B0TEST0001", null).sku().value());
    }

    @Test
    void aValidGtinIdentifiesTheProductAcrossMarketplacesAndSpellings() {
        assertEquals(ProductIdentity.of("us", "B0A", "300450449108"), ProductIdentity.of("jp", "JP-1", "0300450449108"));
        assertEquals("ref:us:B0A", ProductIdentity.of("us", "B0A", "0300450449109").key(), "bad check digit: not a GTIN");
        assertFalse(ProductIdentity.isValidGtin("12AB"));
    }
}
