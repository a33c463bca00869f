package io.kuajing.app.globalselling;

import io.kuajing.customs.ExportDeclarationRejected;
import io.kuajing.export.ExportClearance;
import io.kuajing.platform.EventHandler;
import io.kuajing.platform.EventMetadata;
import jakarta.inject.Singleton;

/**
 * Customs' refusal of an export declaration told to export, with the receipt's type, status and reason as the note
 * (idempotent: only a consignment still waiting for customs changes).
 */
@Singleton
class RefusedWhenCustomsRejects implements EventHandler<ExportDeclarationRejected> {

    private final ExportClearance clearance;

    RefusedWhenCustomsRejects(ExportClearance clearance) {
        this.clearance = clearance;
    }

    @Override
    public String id() {
        return "app.export-refused-when-customs-rejects";
    }

    @Override
    public Class<ExportDeclarationRejected> eventType() {
        return ExportDeclarationRejected.class;
    }

    @Override
    public void handle(ExportDeclarationRejected rejected, EventMetadata metadata) {
        clearance.refusedByCustoms(rejected.orderNo(), rejected.messageType() + " " + rejected.status() + ": "
                + rejected.reason());
    }
}
