package io.kuajing.catalog.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;

import io.kuajing.catalog.domain.Offer;
import io.kuajing.catalog.domain.OfferKey;
import io.kuajing.catalog.domain.Warehouse;
import io.kuajing.catalog.domain.WarehouseType;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;

/** catalog_offer rows to offers. */
final class OfferRows {

    static final String COLUMNS = "marketplace, external_ref, seller_id, warehouse_code, sku, seller_name, price_amount, "
            + "price_currency, stock, warehouse_country, warehouse_type";

    private OfferRows() {
    }

    static Offer map(ResultSet rs) throws SQLException {
        return new Offer(new OfferKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                new Sku(rs.getString(5)), rs.getString(6),
                new Money(rs.getBigDecimal(7), Currency.getInstance(rs.getString(8))), rs.getInt(9),
                new Warehouse(rs.getString(4), CountryCode.of(rs.getString(10)), WarehouseType.valueOf(rs.getString(11))));
    }
}
