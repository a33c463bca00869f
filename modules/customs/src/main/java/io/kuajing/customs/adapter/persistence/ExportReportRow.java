package io.kuajing.customs.adapter.persistence;

import java.time.LocalDateTime;

import io.kuajing.customs.domain.declaration.ExportReport;
import io.kuajing.customs.domain.declaration.Filing;
import io.kuajing.customs.domain.declaration.FilingStatus;
import io.kuajing.customs.domain.declaration.MessageType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code customs_export_report}: an arrival (CEB507) or departure (CEB509) report, by our copNo. */
@MappedEntity("customs_export_report")
record ExportReportRow(@Id String copNo, String messageType, String status, @Nullable String preNo,
                       @Nullable String reason, LocalDateTime reportedAt, LocalDateTime updatedAt) {

    static ExportReportRow of(ExportReport r, LocalDateTime now) {
        return new ExportReportRow(r.copNo(), r.type().name(), r.status().name(), r.preNo(), r.reason(), now, now);
    }

    ExportReport report() {
        return new ExportReport(copNo, MessageType.valueOf(messageType),
                new Filing(FilingStatus.valueOf(status), preNo, reason));
    }
}
