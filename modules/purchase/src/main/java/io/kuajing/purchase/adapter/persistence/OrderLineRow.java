package io.kuajing.purchase.adapter.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import io.kuajing.purchase.domain.OrderLine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code purchase_order_line}, keyed by (order, line number from 1), amounts in CNY. No {@code @Id}: only
 * native statements touch it, so the composite key needs no embedded-id type.
 */
@MappedEntity("purchase_order_line")
record OrderLineRow(String orderNo, int lineNo, String sku, String title, @Nullable String hsCode, int quantity,
                    BigDecimal unitPrice, BigDecimal tax, @Nullable Integer unitWeightGrams,
                    @Nullable String originCountry, @Nullable String shipsFromCountry, @Nullable String brand,
                    @Nullable String specification, @Nullable String sourceMarketplace) {

    /** The columns of a line, in the order of {@link #values()}. */
    static final String COLUMNS = "order_no, line_no, sku, title, hs_code, quantity, unit_price, tax, unit_weight_grams,"
            + " origin_country, ships_from_country, brand, specification, source_marketplace";

    /** The row's values for {@link #COLUMNS}. */
    Object[] values() {
        return new Object[] {orderNo, lineNo, sku, title, hsCode, quantity, unitPrice, tax, unitWeightGrams,
            originCountry, shipsFromCountry, brand, specification, sourceMarketplace};
    }

    /** A row read by hand, its columns those of {@link #COLUMNS} in that order. */
    static OrderLineRow read(ResultSet rs) throws SQLException {
        return new OrderLineRow(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getObject(9, Integer.class), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13), rs.getString(14));
    }

    static OrderLineRow of(String orderNo, int lineNo, OrderLine line) {
        return new OrderLineRow(orderNo, lineNo, line.sku().value(), line.title(),
                line.hsCode() == null ? null : line.hsCode().value(), line.quantity(), line.unitPrice().amount(),
                line.tax().amount(), line.unitWeightGrams(), line.origin() == null ? null : line.origin().value(),
                line.shipsFrom() == null ? null : line.shipsFrom().value(), line.brand(), line.specification(),
                line.sourceMarketplace());
    }

    OrderLine line() {
        return new OrderLine(new Sku(sku), title, hsCode == null ? null : HsCode.of(hsCode), quantity,
                new Money(unitPrice, Money.CNY), new Money(tax, Money.CNY), unitWeightGrams,
                originCountry == null ? null : CountryCode.of(originCountry),
                shipsFromCountry == null ? null : CountryCode.of(shipsFromCountry), brand, specification,
                sourceMarketplace);
    }
}
