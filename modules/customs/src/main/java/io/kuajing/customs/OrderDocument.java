package io.kuajing.customs;

import io.kuajing.kernel.Money;

/**
 * What the platform declares about an order (CEB311). {@code acturalPaid} keeps customs' spelling of the field:
 * it must equal goodsValue + freight + taxTotal − discount and the payment's amountPaid.
 *
 * @param platform the e-commerce platform (ebp)
 * @param seller   the e-commerce company selling (ebc)
 */
public record OrderDocument(Company platform, Company seller, Money goodsValue, Money freight, Money discount,
                            Money taxTotal, Money acturalPaid, String buyerRegNo, Person buyer, Consignee consignee) {
}
