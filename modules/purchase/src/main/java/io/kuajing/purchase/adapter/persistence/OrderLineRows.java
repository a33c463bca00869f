package io.kuajing.purchase.adapter.persistence;

import java.util.Collection;
import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code purchase_order_line}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OrderLineRows extends GenericRepository<OrderLineRow, Void> {

    /** One JDBC batch for an order's lines, as before the move. */
    @Query("INSERT INTO purchase_order_line (order_no, line_no, sku, title, hs_code, quantity, unit_price, tax,"
            + " unit_weight_grams, origin_country, ships_from_country, brand, specification, source_marketplace)"
            + " VALUES (:orderNo, :lineNo, :sku, :title, :hsCode, :quantity, :unitPrice, :tax, :unitWeightGrams,"
            + " :originCountry, :shipsFromCountry, :brand, :specification, :sourceMarketplace)")
    void insert(List<OrderLineRow> rows);

    /** The lines of several orders in one statement. */
    @Query("SELECT * FROM purchase_order_line WHERE order_no IN (:orderNos) ORDER BY order_no, line_no")
    List<OrderLineRow> ofOrders(Collection<String> orderNos);
}
