package io.kuajing.purchase.adapter.persistence;

import java.util.Collection;
import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code purchase_order_line}, on the caller's transaction (JdbcOrders writes the lines, in one statement). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OrderLineRows extends GenericRepository<OrderLineRow, Void> {

    /** The lines of several orders in one statement. */
    @Query("SELECT * FROM purchase_order_line WHERE order_no IN (:orderNos) ORDER BY order_no, line_no")
    List<OrderLineRow> ofOrders(Collection<String> orderNos);
}
