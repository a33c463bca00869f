package io.kuajing.kernel;

import java.util.Objects;

/**
 * Input that breaks a business rule, named so a client can fix it: the field (a JSON path such as
 * {@code lines[0].quantity} or {@code buyer.idNumber}), the rule (a stable code such as {@code id-checksum} or
 * {@code annual-limit}) and a human message. The HTTP layer answers it with 422 problem+json; nothing has
 * changed when it is thrown.
 */
public class RuleViolation extends RuntimeException {

    private final String field;
    private final String rule;

    public RuleViolation(String field, String rule, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
        this.rule = Objects.requireNonNull(rule, "rule");
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }
}
