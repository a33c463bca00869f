package io.kuajing.app.globalselling;

import io.kuajing.customs.ExportWithdrawalAnswered;
import io.kuajing.export.ExportClearance;
import io.kuajing.platform.EventHandler;
import io.kuajing.platform.EventMetadata;
import jakarta.inject.Singleton;

/**
 * Customs' answer to the withdrawal of an export order's list told to export: WITHDRAWN, or customs' note kept
 * (idempotent: only a DECLARED order is withdrawn).
 */
@Singleton
class WithdrawnWhenCustomsAnswers implements EventHandler<ExportWithdrawalAnswered> {

    private final ExportClearance clearance;

    WithdrawnWhenCustomsAnswers(ExportClearance clearance) {
        this.clearance = clearance;
    }

    @Override
    public String id() {
        return "app.export-withdrawn-when-customs-answers";
    }

    @Override
    public Class<ExportWithdrawalAnswered> eventType() {
        return ExportWithdrawalAnswered.class;
    }

    @Override
    public void handle(ExportWithdrawalAnswered answered, EventMetadata metadata) {
        clearance.withdrawalAnsweredByCustoms(answered.orderNo(), answered.withdrawn(), answered.reason());
    }
}
