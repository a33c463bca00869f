package io.kuajing.export.adapter.persistence;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import io.kuajing.export.domain.ExportOrderStatus;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code export_order}, on the caller's transaction; the report's sums join its lines. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface OrderRows extends GenericRepository<OrderRow, String> {

    /** Sales of one marketplace in one China calendar year, in one currency. */
    @Introspected
    record YearlySalesRow(String marketplace, int soldYear, String currency, BigDecimal sales, long orders) {
    }

    /** Units of one SKU sold to one country. */
    @Introspected
    record SoldRow(String sku, String destination, int quantity) {
    }

    OrderRow save(OrderRow row);

    Optional<OrderRow> findById(String orderNo);

    /** A twin pull of the same marketplace order waits on this row lock, then finds the first one's row. */
    @Query("SELECT * FROM export_order WHERE marketplace = :marketplace AND marketplace_order_id = :marketplaceOrderId"
            + " FOR UPDATE")
    Optional<OrderRow> lockedByMarketplaceOrder(String marketplace, String marketplaceOrderId);

    @Query("SELECT * FROM export_order WHERE order_no = :orderNo FOR UPDATE")
    Optional<OrderRow> lockedById(String orderNo);

    @Query("SELECT * FROM export_order WHERE vendor_id = :vendorId AND sold_at >= :from AND sold_at < :to"
            + " ORDER BY sold_at, order_no")
    List<OrderRow> soldBetween(String vendorId, LocalDateTime from, LocalDateTime to);

    @Query("SELECT * FROM export_order WHERE vendor_id = :vendorId ORDER BY sold_at DESC, order_no DESC LIMIT :limit")
    List<OrderRow> latestOfVendor(String vendorId, int limit);

    void update(@Id String orderNo, ExportOrderStatus status);

    /** The waybill number the parcel was declared under, kept once (V5, unique). */
    @Query("UPDATE export_order SET waybill_no = :waybillNo WHERE order_no = :orderNo AND waybill_no IS NULL")
    int declareUnder(String orderNo, String waybillNo);

    @Query("SELECT * FROM export_order WHERE waybill_no = :waybillNo")
    Optional<OrderRow> findByWaybillNo(String waybillNo);

    /** Only from {@code from}: the row count says whether the order moved. */
    @Query("UPDATE export_order SET status = :to WHERE order_no = :orderNo AND status = :from")
    int move(String orderNo, ExportOrderStatus from, ExportOrderStatus to);

    /** The report the parcel now waits on customs' answer to, if it is in {@code status} and waits on none (V6). */
    @Query("UPDATE export_order SET customs_report_no = :reportNo, customs_note = NULL WHERE order_no = :orderNo"
            + " AND status = :status AND customs_report_no IS NULL")
    int report(String orderNo, ExportOrderStatus status, String reportNo);

    @Query("SELECT customs_report_no FROM export_order WHERE order_no = :orderNo AND customs_report_no IS NOT NULL")
    List<String> reportOf(String orderNo);

    /** Customs concluded the report: its parcels move one step (a shipped one stays shipped) and wait on nothing. */
    @Query("UPDATE export_order SET status = CASE status WHEN 'DECLARED' THEN 'ARRIVED' WHEN 'ARRIVED' THEN 'DEPARTED'"
            + " ELSE status END, customs_report_no = NULL WHERE customs_report_no = :reportNo")
    int reportAccepted(String reportNo);

    /** Customs refused the report: its parcels stay where they were, with customs' note, and may be reported again. */
    @Query("UPDATE export_order SET customs_report_no = NULL, customs_note = :customsNote WHERE customs_report_no = :reportNo")
    int reportRefused(String reportNo, String customsNote);

    /** Only the first time: a second receipt of payment is never sent. */
    @Query("UPDATE export_order SET payment_receipt = 'SENT' WHERE order_no = :orderNo AND payment_receipt IS NULL")
    int paymentReceiptSent(String orderNo);

    /** Customs' first answer only (an answer may come before the call that sent it has marked it SENT). */
    @Query("UPDATE export_order SET payment_receipt = :answer, customs_note = COALESCE(:customsNote, customs_note)"
            + " WHERE order_no = :orderNo AND (payment_receipt IS NULL OR payment_receipt = 'SENT')")
    int paymentReceiptAnswered(String orderNo, String answer, @Nullable String customsNote);

    @Query("UPDATE export_order SET customs_note = :customsNote WHERE order_no = :orderNo")
    int note(String orderNo, String customsNote);

    /** Only from {@code from}, with customs' reason. */
    @Query("UPDATE export_order SET status = :to, customs_note = :customsNote WHERE order_no = :orderNo AND status = :from")
    int move(String orderNo, ExportOrderStatus from, ExportOrderStatus to, String customsNote);

    @Query("SELECT o.marketplace, o.sold_year, o.currency, SUM(l.quantity * l.unit_price) AS sales,"
            + " COUNT(DISTINCT o.order_no) AS orders"
            + " FROM export_order o JOIN export_order_line l ON l.order_no = o.order_no"
            + " GROUP BY o.marketplace, o.sold_year, o.currency")
    List<YearlySalesRow> salesByMarketplaceAndYear();

    @Query("SELECT l.sku, o.destination, SUM(l.quantity) AS quantity"
            + " FROM export_order o JOIN export_order_line l ON l.order_no = o.order_no"
            + " WHERE o.vendor_id = :vendorId AND o.mode = :mode GROUP BY l.sku, o.destination")
    List<SoldRow> soldOfMode(String vendorId, String mode);
}
