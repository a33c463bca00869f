package io.kuajing.export.domain;

import io.kuajing.kernel.RuleViolation;

/**
 * Where the buyer abroad wants the parcel, as the marketplace gave it: the name, a phone (null when not given), the
 * street as one line (a secondary unit such as an apartment on the same line), the city, the region (a US state, a
 * Japanese prefecture), the postal code and the country (ISO 3166 alpha-2). Whether it fits the destination post's
 * format is the carrier's to check (docs/export.md, "Parcels"). Personal data: {@code toString} masks it.
 */
public record ShipToAddress(String name, String phone, String street, String city, String region, String postalCode,
                            String country) {

    public ShipToAddress {
        name = required(name, "shipTo.name", 100);
        street = required(street, "shipTo.street", 300);
        city = optional(city, "shipTo.city", 100);
        region = optional(region, "shipTo.region", 100);
        postalCode = optional(postalCode, "shipTo.postalCode", 20);
        phone = optional(phone, "shipTo.phone", 40);
        if (country == null || !country.matches("[A-Z]{2}")) {
            throw new RuleViolation("shipTo.country", "country-code", "the country is ISO 3166 alpha-2, e.g. US");
        }
    }

    private static String required(String value, String field, int max) {
        String v = optional(value, field, max);
        if (v == null) {
            throw new RuleViolation(field, "required", field + " is required");
        }
        return v;
    }

    private static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            throw new RuleViolation(field, "text-length", field + " is at most " + max + " characters");
        }
        return value.strip();
    }

    @Override
    public String toString() {
        // Name, phone and street identify the buyer: only their first character and the place stay readable.
        return "ShipToAddress[" + masked(name) + ", " + masked(phone) + ", " + masked(street) + ", " + city + ", "
                + region + ", " + country + "]";
    }

    private static String masked(String value) {
        return value == null ? null : value.charAt(0) + "***";
    }
}
