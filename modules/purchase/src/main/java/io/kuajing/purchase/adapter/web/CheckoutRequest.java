package io.kuajing.purchase.adapter.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.kuajing.kernel.Quantity;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.purchase.CheckoutCommand;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The JSON body of POST /api/purchase/checkout. Quantities arrive as the JSON number they are ({@link BigDecimal}), so 1.5 is
 * refused rather than read as 1; the request's shape (line count, null entries, whole quantities) is checked here,
 * the business rules by the domain, each refusal naming the field.
 */
@Serdeable
record CheckoutRequest(List<Line> lines, Buyer buyer, Consignee consignee) {

    @Serdeable
    record Line(String sku, BigDecimal quantity, String mode) {
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
        List<CheckoutCommand.Line> checked = new ArrayList<>();
        if (lines != null) {
            Quantity.lineCount(lines.size(), "lines");
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (l == null) {
                    throw new RuleViolation("lines[" + i + "]", "required", "a line is an object with sku and quantity, not null");
                }
                checked.add(new CheckoutCommand.Line(l.sku(), Quantity.units(l.quantity(), "lines[" + i + "].quantity"), l.mode()));
            }
        }
        return new CheckoutCommand(owner, idempotencyKey, checked, Buyer.details(buyer), Consignee.details(consignee));
    }
}
