package io.kuajing.purchase.adapter.web;

import java.util.List;

import io.kuajing.purchase.CheckoutCommand;
import io.micronaut.serde.annotation.Serdeable;

/** The JSON body of POST /api/checkout. Rules are checked by the domain, which names the offending field. */
@Serdeable
record CheckoutRequest(List<Line> lines, Buyer buyer, Consignee consignee) {

    @Serdeable
    record Line(String sku, int quantity, String mode) {
    }

    @Serdeable
    record Buyer(String realName, String idNumber, String phone) {
    }

    @Serdeable
    record Consignee(String name, String phone, String divisionCode, String address) {
    }

    CheckoutCommand toCommand(String owner, String idempotencyKey) {
        return new CheckoutCommand(owner, idempotencyKey,
                lines == null ? List.of() : lines.stream().map(l -> new CheckoutCommand.Line(l.sku(), l.quantity(), l.mode())).toList(),
                buyer == null ? null : new CheckoutCommand.BuyerDetails(buyer.realName(), buyer.idNumber(), buyer.phone()),
                consignee == null ? null : new CheckoutCommand.ConsigneeDetails(consignee.name(), consignee.phone(),
                        consignee.divisionCode(), consignee.address()));
    }
}
