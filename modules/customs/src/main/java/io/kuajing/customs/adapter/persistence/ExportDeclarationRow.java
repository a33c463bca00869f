package io.kuajing.customs.adapter.persistence;

import java.time.LocalDateTime;

import io.kuajing.customs.domain.declaration.ExportDeclaration;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of {@code customs_export_declaration}: a 9610 parcel's declaration, and what its list went on to (summed up
 * by a summary declaration, withdrawn, its payment receipt sent).
 */
@MappedEntity("customs_export_declaration")
record ExportDeclarationRow(@Id String orderNo, String copNo, String logisticsNo, String status, @Nullable String preNo,
                            @Nullable String invtNo, @Nullable String reason, LocalDateTime declaredAt,
                            LocalDateTime updatedAt, @Nullable String summaryEbcCode, @Nullable LocalDateTime acceptedAt,
                            @Nullable String summaryCopNo, @Nullable String withdrawalCopNo,
                            @Nullable String paymentReceipt) {

    ExportDeclaration declaration() {
        return new ExportDeclaration(orderNo, copNo, logisticsNo, ExportDeclaration.Status.valueOf(status), preNo, invtNo,
                reason);
    }
}
