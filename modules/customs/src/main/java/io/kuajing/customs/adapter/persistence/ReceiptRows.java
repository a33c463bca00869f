package io.kuajing.customs.adapter.persistence;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * What customs sent back, on the caller's transaction: receipts ({@code customs_receipt}) and tax bills
 * ({@code customs_tax_bill}), each kept once by its unique key, so a receipt or a bill delivered twice is a no-op.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface ReceiptRows extends GenericRepository<ReceiptRow, Long> {

    @Query("""
            INSERT IGNORE INTO customs_receipt (order_no, message_type, status_code, info, receipt_time, received_at)
            VALUES (:orderNo, :messageType, :statusCode, :info, :receiptTime, :receivedAt)""")
    int insertOnce(String orderNo, String messageType, int statusCode, @Nullable String info, LocalDateTime receiptTime,
                   LocalDateTime receivedAt);

    /** A locking read: it sees what committed while the caller waited for the declarations' locks. */
    @Query("SELECT * FROM customs_receipt WHERE order_no IN (:orderNos) FOR UPDATE")
    List<ReceiptRow> lockedOf(Collection<String> orderNos);

    @Query("SELECT * FROM customs_receipt WHERE order_no = :orderNo ORDER BY receipt_time, id")
    List<ReceiptRow> of(String orderNo);

    @Query("""
            INSERT IGNORE INTO customs_tax_bill (tax_no, order_no, invt_no, customs_tax, value_added_tax, consumption_tax, issued_at)
            VALUES (:taxNo, :orderNo, :invtNo, :customsTax, :valueAddedTax, :consumptionTax, :issuedAt)""")
    int insertTaxBillOnce(String taxNo, String orderNo, @Nullable String invtNo, BigDecimal customsTax,
                          BigDecimal valueAddedTax, BigDecimal consumptionTax, LocalDateTime issuedAt);
}
