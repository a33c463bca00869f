package io.kuajing.customs.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.kuajing.customs.ExportDeclarationAccepted;
import io.kuajing.customs.ExportDeclarationRejected;
import io.kuajing.customs.ExportPaymentReceiptAnswered;
import io.kuajing.customs.ExportReportAnswered;
import io.kuajing.customs.ExportWithdrawalAnswered;
import io.kuajing.customs.domain.declaration.DeclarationRecords;
import io.kuajing.customs.domain.declaration.ExportDeclaration;
import io.kuajing.customs.domain.declaration.ExportDeclarationRecords;
import io.kuajing.customs.domain.declaration.ExportReport;
import io.kuajing.customs.domain.declaration.ExportReportRecords;
import io.kuajing.customs.domain.declaration.FilingStatus;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.customs.domain.declaration.ReceiptStatus;
import io.kuajing.customs.domain.declaration.SummaryDeclaration;
import io.kuajing.customs.domain.declaration.SummaryDeclarationRecords;
import io.kuajing.platform.Outbox;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the receipts of 9610 export messages (CEB304, 506, 604) in the caller's transaction: kept once per order,
 * type and status like an import receipt; the declaration's new state and its event with it. A summary declaration's
 * receipt (CEB702) is kept the same way under the summary's copNo and moves the summary; no event: export reads the
 * summary from customs. An arrival or departure report's receipt (CEB508 / CEB510) is kept under the report's copNo
 * and, when it concludes or refuses the report, tells export ({@link ExportReportAnswered}). The receipt of a
 * vendor's receipt of payment (CEB404) is kept under the order and, filed (120) or refused, tells export once
 * ({@link ExportPaymentReceiptAnswered}); the declaration itself is unchanged.
 */
@Singleton
class ExportReceipts {

    private static final Logger LOG = LoggerFactory.getLogger(ExportReceipts.class);

    private final ExportDeclarationRecords declarations;
    private final SummaryDeclarationRecords summaries;
    private final ExportReportRecords reports;
    private final DeclarationRecords records;
    private final Outbox outbox;
    private final Clock clock;

    ExportReceipts(ExportDeclarationRecords declarations, SummaryDeclarationRecords summaries,
                   ExportReportRecords reports, DeclarationRecords records, Outbox outbox, Clock clock) {
        this.reports = reports;
        this.declarations = declarations;
        this.summaries = summaries;
        this.records = records;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The export order a receipt is about, or for a summary's or a report's receipt its copNo. */
    Optional<String> orderOf(Receipt receipt) {
        return switch (receipt.type()) {
            case CEB702 -> summaries.find(receipt.copNo()).map(SummaryDeclaration::copNo);
            case CEB508, CEB510 -> reports.find(receipt.copNo()).map(ExportReport::copNo);
            default -> declarations.orderOf(receipt);
        };
    }

    /** @param receipt attributed to its order ({@link #orderOf}) */
    void apply(Receipt receipt) {
        Instant now = clock.instant();
        if (!records.receiptOnce(receipt, now)) {
            LOG.debug("receipt {} {} for export order {} seen before", receipt.type(), receipt.status(), receipt.orderNo());
            return;
        }
        if (receipt.type() == MessageType.CEB702) {
            summary(receipt, now);
            return;
        }
        if (receipt.type() == MessageType.CEB508 || receipt.type() == MessageType.CEB510) {
            report(receipt, now);
            return;
        }
        if (receipt.type() == MessageType.CEB404) {
            paymentReceipt(receipt, now);
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
            case WITHDRAWN -> {
                declarations.withdrawalAnswered(d.orderNo());
                LOG.info("customs approved the withdrawal of export order {}'s list {}", d.orderNo(), d.invtNo());
                outbox.publish(new ExportWithdrawalAnswered(d.orderNo(), true, null, now));
            }
            case WITHDRAWAL_REFUSED -> {
                declarations.withdrawalAnswered(d.orderNo());
                LOG.warn("customs refused the withdrawal of export order {}: {}", d.orderNo(), d.reason());
                outbox.publish(new ExportWithdrawalAnswered(d.orderNo(), false, d.reason(), now));
            }
            case NONE -> LOG.debug("receipt {} {} for export order {} changes nothing", receipt.type(),
                    receipt.status(), d.orderNo());
        }
    }

    /** Filed (120 入库, customs' last word on a 收款单; 399 taken as yes too) or refused, the first answer only. */
    private void paymentReceipt(Receipt receipt, Instant now) {
        boolean refused = ReceiptStatus.isFailure(receipt.status());
        boolean accepted = receipt.status() == ReceiptStatus.ACCEPTED || ReceiptStatus.isApproval(receipt.status());
        if (!(refused || accepted) || !declarations.paymentReceiptAnswered(receipt.orderNo(), accepted)) {
            return;
        }
        String reason = refused ? receipt.type() + " " + receipt.status() + ": " + receipt.info() : null;
        LOG.info("customs {} export order {}'s receipt of payment", accepted ? "filed" : "refused", receipt.orderNo());
        outbox.publish(new ExportPaymentReceiptAnswered(receipt.orderNo(), accepted, reason, now));
    }

    private void report(Receipt receipt, Instant now) {
        ExportReport r = reports.lock(receipt.orderNo()).orElseThrow();
        if (r.apply(receipt)) {
            boolean accepted = r.status() == FilingStatus.ACCEPTED;
            LOG.info("customs {} {} {}", accepted ? "accepted" : "refused", r.type().meaning(), r.copNo());
            outbox.publish(new ExportReportAnswered(r.copNo(), r.type().name(), accepted, r.reason(), now));
        }
        reports.update(r, now);
    }

    private void summary(Receipt receipt, Instant now) {
        SummaryDeclaration s = summaries.lock(receipt.orderNo()).orElseThrow();
        boolean concluded = s.apply(receipt);
        summaries.update(s, now);
        if (concluded && s.status() == FilingStatus.ACCEPTED) {
            LOG.info("customs accepted summary declaration {} as {}", s.copNo(), s.sumNo());
        } else if (concluded) {
            LOG.warn("customs refused summary declaration {}: {}", s.copNo(), s.reason());
        }
    }
}
