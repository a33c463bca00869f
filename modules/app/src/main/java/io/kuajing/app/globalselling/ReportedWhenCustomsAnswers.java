package io.kuajing.app.globalselling;

import io.kuajing.customs.ExportReportAnswered;
import io.kuajing.export.ExportClearance;
import io.kuajing.platform.EventHandler;
import io.kuajing.platform.EventMetadata;
import jakarta.inject.Singleton;

/**
 * Customs' answer to an arrival or departure report told to export, which moves the report's parcels ARRIVED or
 * DEPARTED, or keeps customs' note when it refused the report (idempotent: outbox redelivery finds no parcel waiting).
 */
@Singleton
class ReportedWhenCustomsAnswers implements EventHandler<ExportReportAnswered> {

    private final ExportClearance clearance;

    ReportedWhenCustomsAnswers(ExportClearance clearance) {
        this.clearance = clearance;
    }

    @Override
    public String id() {
        return "app.export-reported-when-customs-answers";
    }

    @Override
    public Class<ExportReportAnswered> eventType() {
        return ExportReportAnswered.class;
    }

    @Override
    public void handle(ExportReportAnswered answered, EventMetadata metadata) {
        clearance.reportAnsweredByCustoms(answered.reportNo(), answered.accepted(), answered.reason());
    }
}
