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

        static CheckoutCommand.BuyerDetails details(Buyer buyer) {
            return buyer == null ? null : new CheckoutCommand.BuyerDetails(buyer.realName(), buyer.idNumber(), buyer.phone());
        }
    }

    @Serdeable
    record Consignee(String name, String phone, String divisionCode, String address) {

        static CheckoutCommand.ConsigneeDetails details(Consignee c) {
            return c == null ? null : new CheckoutCommand.ConsigneeDetails(c.name(), c.phone(), c.divisionCode(), c.address());
        }
    }

    CheckoutCommand toCommand(String owner, String idempotencyKey) {
        return new CheckoutCommand(owner, idempotencyKey,
                lines == null ? List.of() : lines.stream().map(l -> new CheckoutCommand.Line(l.sku(), l.quantity(), l.mode())).toList(),
                Buyer.details(buyer), Consignee.details(consignee));
    }
}
