package io.kuajing.kernel;

/**
 * An outside party (a marketplace, a carrier) did not answer or failed, so nothing was done and nothing changed:
 * the same request may succeed later. The HTTP layer answers 503 problem+json naming the party as the field and
 * {@code partner-unavailable} as the rule.
 */
public class PartnerUnavailable extends RuleViolation {

    public PartnerUnavailable(String party, String message) {
        super(party, "partner-unavailable", message);
    }
}
