package io.kuajing.customs.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import io.kuajing.customs.domain.declaration.ExportDeclaration;
import io.kuajing.customs.domain.declaration.ExportDeclarationRecords;
import io.kuajing.customs.domain.declaration.Receipt;
import jakarta.inject.Singleton;

/** Export declarations in customs_export_declaration. */
@Singleton
class JdbcExportDeclarationRecords implements ExportDeclarationRecords {

    private static final String COLUMNS = "order_no, cop_no, logistics_no, status, pre_no, invt_no, reason";

    private final Sql sql;

    JdbcExportDeclarationRecords(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean add(ExportDeclaration d, Instant now) {
        return sql.update("INSERT IGNORE INTO customs_export_declaration (" + COLUMNS + ", declared_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", d.orderNo(), d.copNo(), d.logisticsNo(), d.status(),
                d.preNo(), d.invtNo(), d.reason(), now, now) == 1;
    }

    @Override
    public Optional<ExportDeclaration> find(String orderNo) {
        return sql.one("SELECT " + COLUMNS + " FROM customs_export_declaration WHERE order_no = ?",
                JdbcExportDeclarationRecords::declaration, orderNo);
    }

    @Override
    public Optional<ExportDeclaration> lock(String orderNo) {
        return sql.one("SELECT " + COLUMNS + " FROM customs_export_declaration WHERE order_no = ? FOR UPDATE",
                JdbcExportDeclarationRecords::declaration, orderNo);
    }

    @Override
    public void update(ExportDeclaration d, Instant now) {
        Instant accepted = d.status() == ExportDeclaration.Status.ACCEPTED ? now : null;
        sql.update("UPDATE customs_export_declaration SET status = ?, pre_no = ?, invt_no = ?, reason = ?, updated_at = ?,"
                + " accepted_at = COALESCE(accepted_at, ?) WHERE order_no = ?", d.status(), d.preNo(), d.invtNo(),
                d.reason(), now, accepted, d.orderNo());
    }

    @Override
    public boolean withdrawing(String orderNo, String copNo) {
        return sql.update("UPDATE customs_export_declaration SET withdrawal_cop_no = ? WHERE order_no = ?"
                + " AND withdrawal_cop_no IS NULL", copNo, orderNo) == 1;
    }

    @Override
    public void withdrawalAnswered(String orderNo) {
        sql.update("UPDATE customs_export_declaration SET withdrawal_cop_no = NULL WHERE order_no = ?", orderNo);
    }

    @Override
    public boolean paymentReceiptSent(String orderNo) {
        return sql.update("UPDATE customs_export_declaration SET payment_receipt = 'SENT' WHERE order_no = ?"
                + " AND payment_receipt IS NULL", orderNo) == 1;
    }

    @Override
    public boolean paymentReceiptAnswered(String orderNo, boolean accepted) {
        return sql.update("UPDATE customs_export_declaration SET payment_receipt = ? WHERE order_no = ?"
                + " AND payment_receipt = 'SENT'", accepted ? "ACCEPTED" : "REFUSED", orderNo) == 1;
    }

    @Override
    public void summedUpLater(String orderNo, String ebcCode) {
        sql.update("UPDATE customs_export_declaration SET summary_ebc_code = ? WHERE order_no = ?", ebcCode, orderNo);
    }

    @Override
    public Optional<String> orderOf(Receipt r) {
        String[][] keys = {{"order_no", r.orderNo()}, {"cop_no", r.copNo()}, {"logistics_no", r.logisticsNo()},
                {"pre_no", r.preNo()}, {"invt_no", r.invtNo()}};
        return sql.firstOrderNo("customs_export_declaration", keys);
    }

    private static ExportDeclaration declaration(ResultSet rs) throws SQLException {
        return new ExportDeclaration(rs.getString("order_no"), rs.getString("cop_no"), rs.getString("logistics_no"),
                ExportDeclaration.Status.valueOf(rs.getString("status")), rs.getString("pre_no"),
                rs.getString("invt_no"), rs.getString("reason"));
    }
}
