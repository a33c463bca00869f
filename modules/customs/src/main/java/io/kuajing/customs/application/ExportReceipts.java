package io.kuajing.customs.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.kuajing.customs.ExportDeclarationAccepted;
import io.kuajing.customs.ExportDeclarationRejected;
import io.kuajing.customs.domain.declaration.DeclarationRecords;
import io.kuajing.customs.domain.declaration.ExportDeclaration;
import io.kuajing.customs.domain.declaration.ExportDeclarationRecords;
import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.platform.Outbox;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the receipts of 9610 export messages (CEB304, 506, 604) in the caller's transaction: kept once per order,
 * type and status like an import receipt; the declaration's new state and its event with it.
 */
@Singleton
class ExportReceipts {

    private static final Logger LOG = LoggerFactory.getLogger(ExportReceipts.class);

    private final ExportDeclarationRecords declarations;
    private final DeclarationRecords records;
    private final Outbox outbox;
    private final Clock clock;

    ExportReceipts(ExportDeclarationRecords declarations, DeclarationRecords records, Outbox outbox, Clock clock) {
        this.declarations = declarations;
        this.records = records;
        this.outbox = outbox;
        this.clock = clock;
    }

    Optional<String> orderOf(Receipt receipt) {
        return declarations.orderOf(receipt);
    }

    /** @param receipt attributed to its order ({@link #orderOf}) */
    void apply(Receipt receipt) {
        Instant now = clock.instant();
        if (!records.receiptOnce(receipt, now)) {
            LOG.debug("receipt {} {} for export order {} seen before", receipt.type(), receipt.status(), receipt.orderNo());
            return;
        }
        ExportDeclaration d = declarations.lock(receipt.orderNo()).orElseThrow();
        ExportDeclaration.Change change = d.apply(receipt);
        declarations.update(d, now);
        switch (change) {
            case ACCEPTED -> {
                LOG.info("customs accepted export order {} as list {}", d.orderNo(), d.invtNo());
                outbox.publish(new ExportDeclarationAccepted(d.orderNo(), d.preNo(), d.invtNo(), now));
            }
            case REJECTED -> {
                LOG.warn("customs refused export order {}: {}", d.orderNo(), d.reason());
                outbox.publish(new ExportDeclarationRejected(d.orderNo(), receipt.type().name(), receipt.status(),
                        d.reason(), now));
            }
            case NONE -> LOG.debug("receipt {} {} for export order {} changes nothing", receipt.type(),
                    receipt.status(), d.orderNo());
        }
    }
}
