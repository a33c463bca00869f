package io.kuajing.purchase;

import java.util.List;

/**
 * A consumer's basket at checkout. {@code owner} is the consumer (the token's subject); {@code idempotencyKey}
 * makes a retried submission answer the same orders. A line's {@code mode} may be null: the cheapest available
 * mode is taken. {@code buyer} is required when any line goes cross-border.
 */
public record CheckoutCommand(String owner, String idempotencyKey, List<Line> lines, BuyerDetails buyer,
                              ConsigneeDetails consignee) {

    public CheckoutCommand {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** A product and how many; {@code mode} one of DIRECT_PURCHASE, DIRECT_MAIL, FLASH_PURCHASE, or null. */
    public record Line(String sku, int quantity, String mode) {
    }

    /** The buyer's real name, resident ID number and mobile, as on the ID card. */
    public record BuyerDetails(String realName, String idNumber, String phone) {

        @Override
        public String toString() {
            return "BuyerDetails[masked]";
        }
    }

    /** Who receives the parcel and where (6-digit administrative-division code of the county). */
    public record ConsigneeDetails(String name, String phone, String divisionCode, String address) {

        @Override
        public String toString() {
            return "ConsigneeDetails[masked]";
        }
    }
}
