package io.kuajing.logistics.application;

import io.kuajing.kernel.RuleViolation;

/** Input rules shared by the use cases, each failing with the field and a stable rule code (phones and division codes: the kernel's). */
final class Validation {

    private Validation() {
    }

    static void required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(field, "required", field + " is required");
        }
    }
}
