package io.kuajing.customs.adapter.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * The quota ledger's tables, {@code customs_quota_account} (one row per buyer and year) and
 * {@code customs_quota_entry} (one per order), on the caller's transaction. Every change to an account's used amount
 * locks its row: InnoDB serialises writers on it. A reservation's two statements (the account's upsert, the entry's
 * INSERT) are written by hand in {@link JdbcQuotaAccounts}: every checkout sends them (ADR 0044).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface QuotaRows extends GenericRepository<QuotaEntryRow, Void> {

    String ENTRY = """
            SELECT e.order_no, e.buyer_key, a.buyer_masked, e.quota_year, e.amount, e.restored, e.status, e.released_on
            FROM customs_quota_entry e
            JOIN customs_quota_account a ON a.buyer_key = e.buyer_key AND a.quota_year = e.quota_year
            WHERE e.order_no = :orderNo""";

    @Query(ENTRY)
    Optional<QuotaEntryRow> entry(String orderNo);

    @Query(ENTRY + " FOR UPDATE")
    Optional<QuotaEntryRow> lockedEntry(String orderNo);

    /**
     * ON DUPLICATE KEY takes an exclusive lock on an existing row straight away (a plain INSERT IGNORE would take a
     * shared one and let two waiters deadlock upgrading it).
     */
    @Query("""
            INSERT INTO customs_quota_account (buyer_key, quota_year, buyer_masked, used) VALUES (:buyerKey, :year, :buyerMasked, 0)
            ON DUPLICATE KEY UPDATE buyer_masked = VALUES(buyer_masked)""")
    void lockAccount(String buyerKey, int year, String buyerMasked);

    /** A locking read: it sees the latest committed row, not the transaction's snapshot. */
    @Query("SELECT used FROM customs_quota_account WHERE buyer_key = :buyerKey AND quota_year = :year FOR UPDATE")
    Optional<BigDecimal> lockedUsed(String buyerKey, int year);

    @Query("SELECT used FROM customs_quota_account WHERE buyer_key = :buyerKey AND quota_year = :year")
    Optional<BigDecimal> used(String buyerKey, int year);

    @Query("UPDATE customs_quota_account SET used = used + :delta WHERE buyer_key = :buyerKey AND quota_year = :year")
    void moveUsed(String buyerKey, int year, BigDecimal delta);

    @Query("""
            UPDATE customs_quota_entry SET restored = :restored, status = :status, released_on = :releasedOn,
              updated_at = :now WHERE order_no = :orderNo""")
    void updateEntry(String orderNo, BigDecimal restored, String status, @Nullable LocalDate releasedOn, LocalDateTime now);
}
