package io.kuajing.export.adapter.persistence;

import java.math.BigDecimal;

import io.kuajing.export.domain.ConsignmentLine;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code export_consignment_line}, keyed by (consignment, line number), its unit value in CNY. No
 * {@code @Id}: only native statements touch it.
 */
@MappedEntity("export_consignment_line")
record ConsignmentLineRow(String consignmentNo, int lineNo, String sku, int quantity, BigDecimal unitValueCny) {

    static ConsignmentLineRow of(String consignmentNo, ConsignmentLine l) {
        return new ConsignmentLineRow(consignmentNo, l.lineNo(), l.sku().value(), l.quantity(), l.unitValue().amount());
    }

    ConsignmentLine line() {
        return new ConsignmentLine(lineNo, new Sku(sku), quantity, new Money(unitValueCny, Money.CNY));
    }
}
