package io.kuajing.customs.adapter.persistence;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * {@code customs_export_declaration}, on the caller's transaction. The order number is the key: a parcel is declared
 * once, and the INSERT IGNORE's row count says which of two calls did it; every later mark is a guarded UPDATE whose
 * row count says whether it took.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ExportDeclarationRows extends GenericRepository<ExportDeclarationRow, String> {

    @Query("""
            INSERT IGNORE INTO customs_export_declaration (order_no, cop_no, logistics_no, status, pre_no, invt_no, reason,
              declared_at, updated_at)
            VALUES (:orderNo, :copNo, :logisticsNo, :status, :preNo, :invtNo, :reason, :now, :now)""")
    int insertUnlessDeclared(String orderNo, String copNo, String logisticsNo, String status, @Nullable String preNo,
                             @Nullable String invtNo, @Nullable String reason, LocalDateTime now);

    Optional<ExportDeclarationRow> findById(String orderNo);

    @Query("SELECT * FROM customs_export_declaration WHERE order_no = :orderNo FOR UPDATE")
    Optional<ExportDeclarationRow> lock(String orderNo);

    /** The time it was accepted is kept once: a later receipt does not move it. */
    @Query("""
            UPDATE customs_export_declaration SET status = :status, pre_no = :preNo, invt_no = :invtNo, reason = :reason,
              updated_at = :now, accepted_at = COALESCE(accepted_at, :acceptedAt) WHERE order_no = :orderNo""")
    void updateState(String orderNo, String status, @Nullable String preNo, @Nullable String invtNo,
                     @Nullable String reason, LocalDateTime now, @Nullable LocalDateTime acceptedAt);

    @Query("""
            UPDATE customs_export_declaration SET withdrawal_cop_no = :copNo
            WHERE order_no = :orderNo AND withdrawal_cop_no IS NULL""")
    int withdrawing(String orderNo, String copNo);

    @Query("UPDATE customs_export_declaration SET withdrawal_cop_no = NULL WHERE order_no = :orderNo")
    void withdrawalAnswered(String orderNo);

    @Query("""
            UPDATE customs_export_declaration SET payment_receipt = 'SENT'
            WHERE order_no = :orderNo AND payment_receipt IS NULL""")
    int paymentReceiptSent(String orderNo);

    @Query("""
            UPDATE customs_export_declaration SET payment_receipt = :answer
            WHERE order_no = :orderNo AND payment_receipt = 'SENT'""")
    int paymentReceiptAnswered(String orderNo, String answer);

    @Query("UPDATE customs_export_declaration SET summary_ebc_code = :ebcCode WHERE order_no = :orderNo")
    void summedUpLater(String orderNo, String ebcCode);

    /** A vendor's accepted type-B lists of a period that no summary named yet, locked for the summary to name them. */
    @Query("""
            SELECT * FROM customs_export_declaration WHERE summary_ebc_code = :ebcCode AND status = 'ACCEPTED'
              AND accepted_at >= :from AND accepted_at < :until AND summary_cop_no IS NULL
            ORDER BY accepted_at, order_no FOR UPDATE""")
    List<ExportDeclarationRow> lockUnsummarised(String ebcCode, LocalDateTime from, LocalDateTime until);

    @Query("""
            UPDATE customs_export_declaration SET summary_cop_no = :copNo
            WHERE summary_cop_no IS NULL AND order_no IN (:orderNos)""")
    int summarise(String copNo, Collection<String> orderNos);

    @Query("SELECT * FROM customs_export_declaration WHERE summary_cop_no = :copNo ORDER BY accepted_at, order_no")
    List<ExportDeclarationRow> summarisedBy(String copNo);

    // A receipt names its declaration by whichever number it carries: one finder per number.
    @Query("SELECT order_no FROM customs_export_declaration WHERE order_no = :orderNo")
    Optional<String> orderNo(String orderNo);

    Optional<String> findOrderNoByCopNo(String copNo);

    Optional<String> findOrderNoByLogisticsNo(String logisticsNo);

    Optional<String> findOrderNoByPreNo(String preNo);

    Optional<String> findOrderNoByInvtNo(String invtNo);
}
