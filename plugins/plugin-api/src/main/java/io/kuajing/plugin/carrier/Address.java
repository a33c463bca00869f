package io.kuajing.plugin.carrier;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a parcel is picked up or delivered. In China the 6-digit administrative-division code (GB/T 2260, e.g.
 * 310115 for Shanghai Pudong) is mandatory: carriers route on it and customs matches the consignee address.
 * The phone is mandatory because Chinese carriers and customs require a consignee telephone.
 */
public record Address(String name, String company, String phone, String countryCode, String divisionCode,
                      String province, String city, String district, List<String> street, String postalCode) {

    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern DIVISION = Pattern.compile("[1-8][0-9]{5}");

    public Address {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phone, "phone");
        if (countryCode == null || !COUNTRY.matcher(countryCode).matches()) {
            throw new IllegalArgumentException("country must be ISO 3166-1 alpha-2 upper case: " + countryCode);
        }
        if ("CN".equals(countryCode) && (divisionCode == null || !DIVISION.matcher(divisionCode).matches())) {
            throw new IllegalArgumentException("a Chinese address needs a 6-digit administrative-division code");
        }
        street = List.copyOf(street == null ? List.of() : street);
        if (street.isEmpty()) {
            throw new IllegalArgumentException("street must have at least one line");
        }
    }

    public boolean isInChina() {
        return "CN".equals(countryCode);
    }

    /** Street lines joined with a space, as most carriers take one address line. */
    public String streetLine() {
        return String.join(" ", street);
    }

    @Override
    public String toString() {
        return "Address[" + Masking.name(name) + ", " + Masking.phone(phone) + ", " + countryCode + " "
                + (divisionCode == null ? "" : divisionCode + " ") + (city == null ? "" : city) + ", "
                + Masking.street(streetLine()) + "]";
    }
}
