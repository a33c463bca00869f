package io.kuajing.customs.adapter.persistence;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * The yearly quantity caps' tables, {@code customs_cap_account} and {@code customs_cap_entry}, on the caller's
 * transaction, with the quota ledger's locking pattern: the account row is locked first, then one conditional UPDATE.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface CapRows extends GenericRepository<CapEntryRow, Void> {

    @Query("""
            INSERT INTO customs_cap_account (buyer_key, quota_year, tariff_line, used) VALUES (:buyerKey, :year, :tariffLine, 0)
            ON DUPLICATE KEY UPDATE used = used""")
    void lockAccount(String buyerKey, int year, String tariffLine);

    @Query("""
            UPDATE customs_cap_account SET used = used + :qty
            WHERE buyer_key = :buyerKey AND quota_year = :year AND tariff_line = :tariffLine AND used + :qty <= :cap""")
    int addWithinCap(String buyerKey, int year, String tariffLine, BigDecimal qty, BigDecimal cap);

    @Query("""
            INSERT INTO customs_cap_entry (order_no, tariff_line, buyer_key, quota_year, qty)
            VALUES (:orderNo, :tariffLine, :buyerKey, :year, :qty)
            ON DUPLICATE KEY UPDATE qty = qty + VALUES(qty)""")
    void count(String orderNo, String tariffLine, String buyerKey, int year, BigDecimal qty);

    @Query("SELECT used FROM customs_cap_account WHERE buyer_key = :buyerKey AND quota_year = :year AND tariff_line = :tariffLine")
    Optional<BigDecimal> used(String buyerKey, int year, String tariffLine);

    @Query("SELECT * FROM customs_cap_entry WHERE order_no = :orderNo AND given_back = FALSE FOR UPDATE")
    List<CapEntryRow> lockedNotGivenBack(String orderNo);

    @Query("""
            UPDATE customs_cap_account SET used = used - :qty
            WHERE buyer_key = :buyerKey AND quota_year = :year AND tariff_line = :tariffLine""")
    void giveBack(String buyerKey, int year, String tariffLine, BigDecimal qty);

    @Query("UPDATE customs_cap_entry SET given_back = TRUE WHERE order_no = :orderNo AND tariff_line = :tariffLine")
    void givenBack(String orderNo, String tariffLine);
}
