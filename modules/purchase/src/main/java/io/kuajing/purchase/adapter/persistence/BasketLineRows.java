package io.kuajing.purchase.adapter.persistence;

import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code purchase_basket_line}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface BasketLineRows extends GenericRepository<BasketLineRow, Void> {

    @Query("SELECT * FROM purchase_basket_line WHERE owner = :owner ORDER BY position")
    List<BasketLineRow> ofOwner(String owner);

    /**
     * A locking read: the lines as last committed, whatever snapshot an earlier plain read in this transaction fixed
     * (REPEATABLE READ) — saving lines read from an old snapshot would bring back a checked-out basket.
     */
    @Query("SELECT * FROM purchase_basket_line WHERE owner = :owner ORDER BY position FOR UPDATE")
    List<BasketLineRow> lockedOfOwner(String owner);

    @Query("DELETE FROM purchase_basket_line WHERE owner = :owner")
    void deleteOfOwner(String owner);

    /** One JDBC batch for the basket's lines. */
    @Query("INSERT INTO purchase_basket_line (owner, position, sku, quantity, mode)"
            + " VALUES (:owner, :position, :sku, :quantity, :mode)")
    void insert(List<BasketLineRow> rows);
}
