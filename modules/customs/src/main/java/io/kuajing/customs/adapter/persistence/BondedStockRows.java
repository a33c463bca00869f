package io.kuajing.customs.adapter.persistence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * {@code customs_bonded_stock}, on the caller's transaction: a deduction is one conditional UPDATE
 * ({@code quantity >= qty}), so concurrent releases can never take the stock below zero.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface BondedStockRows extends GenericRepository<BondedItemRow, Void> {

    @Query("""
            INSERT INTO customs_bonded_stock (ems_no, item_no, hs_code, item_name, quantity)
            VALUES (:emsNo, :itemNo, :hsCode, :itemName, :qty)
            ON DUPLICATE KEY UPDATE quantity = quantity + VALUES(quantity)""")
    void add(String emsNo, String itemNo, String hsCode, String itemName, BigDecimal qty);

    @Query("""
            UPDATE customs_bonded_stock SET quantity = quantity - :qty
            WHERE ems_no = :emsNo AND item_no = :itemNo AND quantity >= :qty""")
    int deduct(String emsNo, String itemNo, BigDecimal qty);

    @Query("SELECT * FROM customs_bonded_stock WHERE ems_no = :emsNo AND item_no = :itemNo")
    Optional<BondedItemRow> item(String emsNo, String itemNo);

    @Query("SELECT * FROM customs_bonded_stock WHERE ems_no = :emsNo ORDER BY item_no")
    List<BondedItemRow> items(String emsNo);

    @Query("SELECT DISTINCT ems_no FROM customs_bonded_stock ORDER BY ems_no")
    List<String> books();
}
