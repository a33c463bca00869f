package io.kuajing.export.application;

import java.util.Currency;

import io.kuajing.export.domain.Vendor;
import io.kuajing.export.domain.VendorId;
import io.kuajing.export.domain.Vendors;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.kernel.Sku;

/** Input read into domain values the way every export use case reads it, each refusal naming its field and rule. */
final class Inputs {

    private Inputs() {
    }

    static Currency currency(String code, String field) {
        try {
            return Currency.getInstance(code);
        } catch (RuntimeException e) {
            throw new RuleViolation(field, "iso-4217", "a currency is its ISO 4217 code, e.g. USD");
        }
    }

    static Sku sku(String value, String field) {
        try {
            return new Sku(value);
        } catch (RuntimeException e) {
            throw new RuleViolation(field, "sku-format", "a SKU is 1-64 of A-Z a-z 0-9 . _ -, starting with a letter or digit");
        }
    }

    /** Whether the value is a carrier plugin id (lower case, digits and dashes, as plugin ids are). */
    static boolean isCarrierId(String value) {
        return value != null && value.matches("[a-z0-9][a-z0-9-]{1,39}");
    }

    static Vendor existingVendor(Vendors vendors, String vendorId) {
        return vendors.byId(new VendorId(vendorId)).orElseThrow(() ->
                new RuleViolation("vendorId", "vendor-onboarded", "no onboarded vendor " + vendorId));
    }
}
