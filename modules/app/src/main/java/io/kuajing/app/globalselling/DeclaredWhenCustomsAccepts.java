package io.kuajing.app.globalselling;

import io.kuajing.customs.ExportDeclarationAccepted;
import io.kuajing.export.ExportClearance;
import io.kuajing.platform.EventHandler;
import io.kuajing.platform.EventMetadata;
import jakarta.inject.Singleton;

/**
 * Customs' acceptance of a 9610 parcel or a 9810 consignment told to export, which marks it DECLARED (idempotent:
 * outbox redelivery).
 */
@Singleton
class DeclaredWhenCustomsAccepts implements EventHandler<ExportDeclarationAccepted> {

    private final ExportClearance clearance;

    DeclaredWhenCustomsAccepts(ExportClearance clearance) {
        this.clearance = clearance;
    }

    @Override
    public String id() {
        return "app.export-declared-when-customs-accepts";
    }

    @Override
    public Class<ExportDeclarationAccepted> eventType() {
        return ExportDeclarationAccepted.class;
    }

    @Override
    public void handle(ExportDeclarationAccepted accepted, EventMetadata metadata) {
        clearance.acceptedByCustoms(accepted.orderNo());
    }
}
