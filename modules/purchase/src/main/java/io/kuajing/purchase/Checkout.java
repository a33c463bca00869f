package io.kuajing.purchase;

/**
 * Turning a consumer's basket into orders: one per fulfilment mode and ship-from warehouse, each with its tax
 * quote and, for cross-border orders, a reservation on the buyer's annual quota. All or nothing.
 */
public interface Checkout {

    /**
     * Places the basket's orders, or answers the orders an earlier call with the same idempotency key placed.
     *
     * @throws io.kuajing.kernel.RuleViolation naming the field and rule that refuse the basket; nothing is placed
     */
    CheckoutResult checkout(CheckoutCommand command);

    /** What an earlier checkout by {@code owner} under {@code idempotencyKey} placed (replayed), if there was one. */
    java.util.Optional<CheckoutResult> earlier(String owner, String idempotencyKey);
}
