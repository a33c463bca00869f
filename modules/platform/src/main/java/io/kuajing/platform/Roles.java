package io.kuajing.platform;

/**
 * The roles a bearer token can carry. Every HTTP route names the roles it admits (never "authenticated" alone),
 * and a consumer only ever sees data whose owner is the token's subject.
 */
public final class Roles {

    /** A shopper: their own basket, orders and tracking. */
    public static final String CONSUMER = "CONSUMER";
    /** Staff running the business: catalogue imports, customs, orders of everyone (personal data masked). */
    public static final String OPERATOR = "OPERATOR";
    /** Staff who install and inspect plugins. */
    public static final String PLUGIN_ADMIN = "PLUGIN_ADMIN";

    private Roles() {
    }
}
