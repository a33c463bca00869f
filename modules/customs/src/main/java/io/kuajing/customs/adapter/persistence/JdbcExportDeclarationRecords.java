package io.kuajing.customs.adapter.persistence;

import java.time.Instant;
import java.util.Optional;

import io.kuajing.customs.domain.declaration.ExportDeclaration;
import io.kuajing.customs.domain.declaration.ExportDeclarationRecords;
import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.platform.UtcTime;
import jakarta.inject.Singleton;

/** Export declarations in customs_export_declaration. */
@Singleton
class JdbcExportDeclarationRecords implements ExportDeclarationRecords {

    private final ExportDeclarationRows rows;

    JdbcExportDeclarationRecords(ExportDeclarationRows rows) {
        this.rows = rows;
    }

    @Override
    public boolean add(ExportDeclaration d, Instant now) {
        return rows.insertUnlessDeclared(d.orderNo(), d.copNo(), d.logisticsNo(), d.status().name(), d.preNo(),
                d.invtNo(), d.reason(), UtcTime.of(now)) == 1;
    }

    @Override
    public Optional<ExportDeclaration> find(String orderNo) {
        return rows.findById(orderNo).map(ExportDeclarationRow::declaration);
    }

    @Override
    public Optional<ExportDeclaration> lock(String orderNo) {
        return rows.lock(orderNo).map(ExportDeclarationRow::declaration);
    }

    @Override
    public void update(ExportDeclaration d, Instant now) {
        Instant accepted = d.status() == ExportDeclaration.Status.ACCEPTED ? now : null;
        rows.updateState(d.orderNo(), d.status().name(), d.preNo(), d.invtNo(), d.reason(), UtcTime.of(now),
                UtcTime.of(accepted));
    }

    @Override
    public boolean withdrawing(String orderNo, String copNo) {
        return rows.withdrawing(orderNo, copNo) == 1;
    }

    @Override
    public void withdrawalAnswered(String orderNo) {
        rows.withdrawalAnswered(orderNo);
    }

    @Override
    public boolean paymentReceiptSent(String orderNo) {
        return rows.paymentReceiptSent(orderNo) == 1;
    }

    @Override
    public boolean paymentReceiptAnswered(String orderNo, boolean accepted) {
        return rows.paymentReceiptAnswered(orderNo, accepted ? "ACCEPTED" : "REFUSED") == 1;
    }

    @Override
    public void summedUpLater(String orderNo, String ebcCode) {
        rows.summedUpLater(orderNo, ebcCode);
    }

    @Override
    public Optional<String> orderOf(Receipt r) {
        return ReceiptNumbers.first(r.orderNo(), rows::orderNo)
                .or(() -> ReceiptNumbers.first(r.copNo(), rows::findOrderNoByCopNo))
                .or(() -> ReceiptNumbers.first(r.logisticsNo(), rows::findOrderNoByLogisticsNo))
                .or(() -> ReceiptNumbers.first(r.preNo(), rows::findOrderNoByPreNo))
                .or(() -> ReceiptNumbers.first(r.invtNo(), rows::findOrderNoByInvtNo));
    }
}
