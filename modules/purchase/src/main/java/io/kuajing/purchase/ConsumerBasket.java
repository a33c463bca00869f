package io.kuajing.purchase;

/**
 * A consumer's basket: products put in with a quantity and, where a product can come several ways, the chosen
 * fulfilment mode; checked out into orders like {@link Checkout}. Every change answers the basket as it is now.
 */
public interface ConsumerBasket {

    BasketView basket(String owner);

    /**
     * Puts {@code quantity} of the product in the basket (replacing its line), in {@code mode} or, when null, the
     * cheapest mode at checkout.
     *
     * @throws io.kuajing.kernel.RuleViolation for an unknown product, a mode it cannot take, a quantity out of range
     *                                         or a full basket; the basket is unchanged
     */
    BasketView put(String owner, String sku, int quantity, String mode);

    BasketView remove(String owner, String sku);

    /**
     * Places the basket's orders and empties it, in one transaction. A retry with the same key answers the orders
     * the first call placed (replayed), though the basket is empty by then.
     *
     * @throws io.kuajing.kernel.RuleViolation as {@link Checkout#checkout} does, naming lines by their place in the basket
     */
    CheckoutResult checkout(String owner, String idempotencyKey, CheckoutCommand.BuyerDetails buyer,
                            CheckoutCommand.ConsigneeDetails consignee);
}
