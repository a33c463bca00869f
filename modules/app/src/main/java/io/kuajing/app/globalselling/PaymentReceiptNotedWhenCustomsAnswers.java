package io.kuajing.app.globalselling;

import io.kuajing.customs.ExportPaymentReceiptAnswered;
import io.kuajing.export.ExportClearance;
import io.kuajing.platform.EventHandler;
import io.kuajing.platform.EventMetadata;
import jakarta.inject.Singleton;

/**
 * Customs' answer to the vendor's receipt of an export order's payment told to export: ACCEPTED, or REFUSED with
 * customs' note (idempotent: only the first answer is kept).
 */
@Singleton
class PaymentReceiptNotedWhenCustomsAnswers implements EventHandler<ExportPaymentReceiptAnswered> {

    private final ExportClearance clearance;

    PaymentReceiptNotedWhenCustomsAnswers(ExportClearance clearance) {
        this.clearance = clearance;
    }

    @Override
    public String id() {
        return "app.export-payment-receipt-noted-when-customs-answers";
    }

    @Override
    public Class<ExportPaymentReceiptAnswered> eventType() {
        return ExportPaymentReceiptAnswered.class;
    }

    @Override
    public void handle(ExportPaymentReceiptAnswered answered, EventMetadata metadata) {
        clearance.paymentReceiptAnsweredByCustoms(answered.orderNo(), answered.accepted(), answered.reason());
    }
}
