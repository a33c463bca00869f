package io.kuajing.logistics.application;

import java.util.regex.Pattern;

import io.kuajing.kernel.RuleViolation;

/** Input rules shared by the use cases, each failing with the field and a stable rule code. */
final class Validation {

    private static final Pattern DIVISION = Pattern.compile("[1-8][0-9]{5}");
    private static final Pattern MOBILE = Pattern.compile("1[3-9][0-9]{9}|0[0-9]{9,11}");

    private Validation() {
    }

    static void divisionCode(String code, String field) {
        if (code == null || !DIVISION.matcher(code).matches()) {
            throw new RuleViolation(field, "division-code", "a 6-digit Chinese administrative-division code is required");
        }
    }

    static void phone(String phone, String field) {
        if (phone == null || !MOBILE.matcher(phone).matches()) {
            throw new RuleViolation(field, "phone", "a mainland mobile or landline number is required");
        }
    }

    static void required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "required", field + " is required");
        }
    }
}
