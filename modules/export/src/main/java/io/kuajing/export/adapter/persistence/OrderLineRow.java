package io.kuajing.export.adapter.persistence;

import java.math.BigDecimal;
import java.util.Currency;

import io.kuajing.export.domain.ExportOrderLine;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code export_order_line}, keyed by (order, line number), its unit price in the order's currency. No
 * {@code @Id}: only native statements touch it, so the composite key needs no embedded-id type.
 */
@MappedEntity("export_order_line")
record OrderLineRow(String orderNo, int lineNo, String sku, int quantity, BigDecimal unitPrice) {

    static OrderLineRow of(String orderNo, ExportOrderLine l) {
        return new OrderLineRow(orderNo, l.lineNo(), l.sku().value(), l.quantity(), l.unitPrice().amount());
    }

    ExportOrderLine line(Currency currency) {
        return new ExportOrderLine(lineNo, new Sku(sku), quantity, new Money(unitPrice, currency));
    }
}
