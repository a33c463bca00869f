package io.kuajing.customs.adapter.persistence;

import java.time.LocalDateTime;
import java.time.YearMonth;

import io.kuajing.customs.domain.declaration.Filing;
import io.kuajing.customs.domain.declaration.FilingStatus;
import io.kuajing.customs.domain.declaration.SummaryDeclaration;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code customs_export_summary}: a vendor's summary declaration (CEB701) of a month, by our copNo. */
@MappedEntity("customs_export_summary")
record ExportSummaryRow(@Id String copNo, String ebcCode, String period, String status, @Nullable String preNo,
                        @Nullable String sumNo, @Nullable String reason, LocalDateTime declaredAt,
                        LocalDateTime updatedAt) {

    static ExportSummaryRow of(SummaryDeclaration s, LocalDateTime now) {
        return new ExportSummaryRow(s.copNo(), s.ebcCode(), s.month().toString(), s.status().name(), s.preNo(),
                s.sumNo(), s.reason(), now, now);
    }

    SummaryDeclaration summary() {
        return new SummaryDeclaration(copNo, ebcCode, YearMonth.parse(period),
                new Filing(FilingStatus.valueOf(status), preNo, reason), sumNo);
    }
}
