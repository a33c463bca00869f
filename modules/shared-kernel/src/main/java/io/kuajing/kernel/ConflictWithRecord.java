package io.kuajing.kernel;

import java.util.Map;

/**
 * A request that contradicts what was recorded before — the same identifier sent again with other content. Not a
 * malformed request but a clash with the record, to sort out with whoever recorded it; nothing has changed. The HTTP
 * layer answers it with 409 problem+json naming the field that differs and the rule.
 */
public class ConflictWithRecord extends RuleViolation {

    private final Map<String, String> existing;

    public ConflictWithRecord(String field, String rule, String message) {
        this(field, rule, message, Map.of());
    }

    /** With what was recorded ({@code existing}: a few fields, no personal data), shown to the client beside the refusal. */
    public ConflictWithRecord(String field, String rule, String message, Map<String, String> existing) {
        super(field, rule, message);
        this.existing = Map.copyOf(existing);
    }

    /** The record the request clashed with, as the client may see it; empty when not given. */
    public Map<String, String> existing() {
        return existing;
    }
}
