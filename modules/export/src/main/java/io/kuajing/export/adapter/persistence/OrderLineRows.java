package io.kuajing.export.adapter.persistence;

import java.util.Collection;
import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code export_order_line}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OrderLineRows extends GenericRepository<OrderLineRow, Void> {

    /** One JDBC batch for an order's lines. */
    @Query("INSERT INTO export_order_line (order_no, line_no, sku, quantity, unit_price)"
            + " VALUES (:orderNo, :lineNo, :sku, :quantity, :unitPrice)")
    void insert(List<OrderLineRow> rows);

    @Query("SELECT * FROM export_order_line WHERE order_no IN (:orderNos) ORDER BY order_no, line_no")
    List<OrderLineRow> ofOrders(Collection<String> orderNos);

    /**
     * The lines read the way their orders were: after a locking read (a twin pull that waited for the first), a plain
     * read would see the transaction's older snapshot, where the first pull's lines do not exist yet.
     */
    @Query("SELECT * FROM export_order_line WHERE order_no IN (:orderNos) ORDER BY order_no, line_no FOR UPDATE")
    List<OrderLineRow> lockedOfOrders(Collection<String> orderNos);
}
