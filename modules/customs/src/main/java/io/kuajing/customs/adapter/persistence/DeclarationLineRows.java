package io.kuajing.customs.adapter.persistence;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code customs_declaration_line}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface DeclarationLineRows extends GenericRepository<DeclarationLineRow, Void> {

    /** One JDBC batch for a declaration's lines. */
    @Query("""
            INSERT INTO customs_declaration_line (order_no, gnum, item_no, item_name, hs_code, unit, qty, total_price,
              returned_qty, requested_return_qty)
            VALUES (:orderNo, :gnum, :itemNo, :itemName, :hsCode, :unit, :qty, :totalPrice, :returnedQty, :requestedReturnQty)""")
    void insert(List<DeclarationLineRow> rows);

    @Query("SELECT * FROM customs_declaration_line WHERE order_no = :orderNo ORDER BY gnum")
    List<DeclarationLineRow> of(String orderNo);

    /**
     * After the declaration's row lock, the lines are read with a locking read too: a plain read would come from the
     * transaction's snapshot, taken before the wait for the lock (see {@link JdbcDeclarationRecords#lockAll}).
     */
    @Query("SELECT * FROM customs_declaration_line WHERE order_no IN (:orderNos) ORDER BY order_no, gnum FOR UPDATE")
    List<DeclarationLineRow> lockedOf(Collection<String> orderNos);

    @Query("""
            UPDATE customs_declaration_line SET returned_qty = :returnedQty, requested_return_qty = :requestedReturnQty
            WHERE order_no = :orderNo AND gnum = :gnum""")
    void updateReturns(String orderNo, int gnum, BigDecimal returnedQty, BigDecimal requestedReturnQty);
}
