package io.kuajing.kernel;

/**
 * A request that contradicts what was recorded before — the same identifier sent again with other content. Not a
 * malformed request but a clash with the record, to sort out with whoever recorded it; nothing has changed. The HTTP
 * layer answers it with 409 problem+json naming the field that differs and the rule.
 */
public class ConflictWithRecord extends RuleViolation {

    public ConflictWithRecord(String field, String rule, String message) {
        super(field, rule, message);
    }
}
