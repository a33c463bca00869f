package io.kuajing.customs.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.kuajing.kernel.ChinaTime;
import io.kuajing.customs.DeclarationCancelled;
import io.kuajing.customs.DeclarationCleared;
import io.kuajing.customs.DeclarationRejected;
import io.kuajing.customs.GoodsReleased;
import io.kuajing.customs.GoodsReturned;
import io.kuajing.customs.RequestRefused;
import io.kuajing.customs.TaxBillIssued;
import io.kuajing.customs.domain.bonded.BondedStock;
import io.kuajing.customs.domain.declaration.Declaration;
import io.kuajing.customs.domain.declaration.DeclarationLine;
import io.kuajing.customs.domain.declaration.DeclarationRecords;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.customs.domain.declaration.SingleWindow;
import io.kuajing.customs.domain.declaration.TaxBill;
import io.kuajing.customs.domain.quota.YearlyCaps;
import io.kuajing.kernel.Money;
import io.kuajing.platform.Outbox;
import io.kuajing.platform.Transactions;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the single window's receipts. A batch of receipts is one transaction: the receipt rows (unique per order,
 * type and status, so a receipt seen twice is a no-op), the declarations' new states, their consequences (quota
 * confirmed, given back or restored; bonded stock deducted or put back) and the events, all or nothing. When a batch
 * fails, each receipt is applied in a transaction of its own; one that cannot be applied is logged and handed back to
 * its adapter as failed, and the others go on.
 */
@Singleton
class ReceiptProcessing {

    private static final Logger LOG = LoggerFactory.getLogger(ReceiptProcessing.class);
    private static final String NO_DECLARATION = "matches no declaration sent from here";

    private final SingleWindow singleWindow;
    private final DeclarationRecords records;
    private final QuotaLedger quotas;
    private final BondedBooking bonded;
    private final YearlyCaps caps;
    private final ExportReceipts exports;
    private final Outbox outbox;
    private final Transactions transactions;
    private final CustomsSettings settings;
    private final Clock clock;

    ReceiptProcessing(SingleWindow singleWindow, DeclarationRecords records, QuotaLedger quotas, BondedBooking bonded,
                      YearlyCaps caps, ExportReceipts exports, Outbox outbox, Transactions transactions,
                      CustomsSettings settings, Clock clock) {
        this.singleWindow = singleWindow;
        this.records = records;
        this.quotas = quotas;
        this.bonded = bonded;
        this.caps = caps;
        this.exports = exports;
        this.outbox = outbox;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    // The first poll, like every later one, one interval on: it builds the single window and its signer, work that
    // one second after scheduling fell inside the app's start, beside it on the same cores (docs/performance.md).
    @Scheduled(fixedDelay = "${kuajing.customs.receipt-poll-interval:5s}",
            initialDelay = "${kuajing.customs.receipt-poll-interval:5s}")
    void poll() {
        List<SingleWindow.Delivered> batch;
        do {
            batch = singleWindow.collect(settings.getReceiptBatch());
            processTogether(batch);
        } while (batch.size() >= settings.getReceiptBatch());
    }

    /**
     * A collected batch is applied in one transaction — a transaction and its commit per receipt cost as much as
     * applying it, seven times per order — with its statements per batch ({@link ReceiptBatch}), and handed back as
     * applied once that committed (an inbox file moves only when its receipts are kept). If any receipt of the batch
     * fails, none of it was kept: each is then processed on its own, as {@link #process} always did, so one bad
     * receipt holds back no other.
     */
    void processTogether(List<SingleWindow.Delivered> batch) {
        List<SingleWindow.Delivered> readable = batch.stream().filter(d -> d.unreadable() == null).toList();
        batch.stream().filter(d -> d.unreadable() != null).forEach(this::process);
        if (readable.size() < 2) {
            readable.forEach(this::process);
            return;
        }
        try {
            transactions.write(() -> {
                applyAll(readable.stream().flatMap(d -> d.receipts().stream().map(r -> new Arrived(d.source(), r)))
                        .toList());
                return null;
            });
        } catch (RuntimeException e) {
            LOG.info("a batch of {} receipts could not be applied together ({}), applying them one by one",
                    readable.size(), e.toString());
            readable.forEach(this::process);
            return;
        }
        // Each adapter settles the batch in as few steps as it can (the sandbox: one statement, its own transaction).
        singleWindow.applied(readable);
    }

    void process(SingleWindow.Delivered delivered) {
        if (delivered.unreadable() != null) {
            setAsideUnreadable(delivered.source(), delivered.unreadable());
            return;
        }
        try {
            for (Receipt receipt : delivered.receipts()) {
                transactions.write(() -> {
                    applyAll(List.of(new Arrived(delivered.source(), receipt)));
                    return null;
                });
            }
            delivered.applied();
        } catch (RuntimeException e) {
            LOG.error("receipt {} could not be applied: {}", delivered.source(), e.getMessage());
            delivered.failed(e.getMessage());
        }
    }

    /** A receipt and where it came from (an inbox file, say): what is set aside names it. */
    private record Arrived(String source, Receipt receipt) {
    }

    /** In the caller's transaction. Export receipts are about other declarations (ExportReceipts), one by one. */
    private void applyAll(List<Arrived> arrived) {
        List<Arrived> imports = new ArrayList<>();
        for (Arrived a : arrived) {
            if (a.receipt().type().isExport()) {
                exports.orderOf(a.receipt()).ifPresentOrElse(order -> exports.apply(a.receipt().forOrder(order)),
                        () -> aside(a.source(), a.receipt()));
            } else {
                imports.add(a);
            }
        }
        if (imports.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        ReceiptBatch batch = new ReceiptBatch(records, imports.stream().map(Arrived::receipt).toList());
        for (Arrived a : imports) {
            batch.declarationOf(a.receipt()).ifPresentOrElse(d -> apply(batch, d, a.receipt().forOrder(d.orderNo()), now),
                    () -> aside(a.source(), a.receipt()));
        }
        batch.keep(now);
    }

    /** Never recorded against nothing: kept for an operator with the reason (GET /api/customs/receipts/set-aside). */
    private void aside(String source, Receipt receipt) {
        LOG.warn("receipt {} {} {} set aside: {}", receipt.type(), receipt.status(), receipt.identifiers(), NO_DECLARATION);
        records.setAside(new DeclarationRecords.ReceiptAside(source, receipt.type().name(), receipt.identifiers(),
                receipt.status(), NO_DECLARATION, clock.instant()));
    }

    private void setAsideUnreadable(String source, String reason) {
        transactions.write(() -> {
            LOG.warn("unreadable receipt {} set aside: {}", source, reason);
            records.setAside(new DeclarationRecords.ReceiptAside(source, null, null, null, reason, clock.instant()));
            return null;
        });
    }

    /** @param receipt attributed to the order of {@code d}, which the batch holds locked */
    private void apply(ReceiptBatch batch, Declaration d, Receipt receipt, Instant now) {
        if (!batch.firstTime(receipt)) {
            LOG.debug("receipt {} {} for order {} seen before", receipt.type(), receipt.status(), receipt.orderNo());
            return;
        }
        if (receipt.type() == MessageType.CEB816) {
            taxBill(batch, d, receipt, now);
            return;
        }
        List<DeclarationLine> before = d.lines();
        // A return of everything gives back the whole reservation (goods and freight, capped at what was counted);
        // a partial one gives back the value of the returned lines.
        boolean everything = before.stream().allMatch(l -> l.returnable().signum() == 0 && l.requestedReturnQty().signum() > 0
                || l.qty().compareTo(l.returnedQty()) == 0);
        Money returning = everything ? d.acturalPaid() : d.pendingReturnValue();
        LocalDate receiptDay = LocalDate.ofInstant(receipt.time(), ChinaTime.ZONE);
        boolean wasReleased = d.releasedOn() != null;
        Declaration.Change change = d.apply(receipt, receiptDay);
        batch.changed(d);
        switch (change) {
            case REJECTED -> {
                quotas.giveBack(d.orderNo());
                caps.giveBack(d.orderNo());
                outbox.publish(new DeclarationRejected(d.orderNo(), receipt.type().name(), receipt.status(),
                        d.reason(), now));
            }
            case RELEASED -> released(d, now);
            case HELD -> LOG.warn("customs holds order {}: {}", d.orderNo(), d.reason());
            case CLEARED -> outbox.publish(new DeclarationCleared(d.orderNo(), d.invtNo(), now));
            case RELEASED_AND_CLEARED -> {
                released(d, now);
                outbox.publish(new DeclarationCleared(d.orderNo(), d.invtNo(), now));
            }
            case CANCELLED -> {
                quotas.giveBack(d.orderNo());
                caps.giveBack(d.orderNo());
                if (d.regime().isBonded() && wasReleased) {
                    d.lines().forEach(l -> bonded.putBack(d, l, l.qty(), BondedStock.Movement.CANCEL, d.orderNo()));
                }
                outbox.publish(new DeclarationCancelled(d.orderNo(), now));
            }
            case RETURNED -> {
                quotas.restoreIfConfirmed(d.orderNo(), returning, d.returnRequestedOn(), d.returnArrivedOn());
                if (d.regime().isBonded()) {
                    for (DeclarationLine line : before) {
                        BigDecimal qty = line.requestedReturnQty();
                        if (qty.signum() > 0) {
                            String reference = d.orderNo() + "/returned=" + line.returnedQty().add(qty).toPlainString();
                            bonded.putBack(d, line, qty, BondedStock.Movement.RETURN, reference);
                        }
                    }
                }
                outbox.publish(new GoodsReturned(d.orderNo(), now));
            }
            // The order must hear of a refusal: the consumer waits for a refund or a cancellation that will not come.
            case CANCEL_REFUSED -> refused(d, RequestRefused.Request.CANCEL, receipt, now);
            case RETURN_REFUSED -> refused(d, RequestRefused.Request.RETURN, receipt, now);
            default -> LOG.debug("receipt {} {} for order {} changes nothing", receipt.type(), receipt.status(), d.orderNo());
        }
    }

    private void refused(Declaration d, RequestRefused.Request request, Receipt receipt, Instant now) {
        LOG.warn("customs refused the {} of order {}: {}", request, d.orderNo(), d.reason());
        outbox.publish(new RequestRefused(d.orderNo(), request, receipt.type().name(), receipt.status(), d.reason(), now));
    }

    private void released(Declaration d, Instant now) {
        quotas.confirmIfReserved(d.orderNo(), d.releasedOn());
        if (d.regime().isBonded()) {
            bonded.deductReleased(d);
        }
        outbox.publish(new GoodsReleased(d.orderNo(), d.invtNo(), d.releasedOn(), now));
    }

    private void taxBill(ReceiptBatch batch, Declaration d, Receipt receipt, Instant now) {
        TaxBill bill = receipt.taxBill();
        if (receipt.invtNo() != null) {
            d.apply(receipt, LocalDate.ofInstant(receipt.time(), ChinaTime.ZONE));
            batch.changed(d);
        }
        if (records.taxBillOnce(d.orderNo(), bill, now)) {
            outbox.publish(new TaxBillIssued(d.orderNo(), bill.taxNo(), bill.invtNo(), bill.customsTax(),
                    bill.valueAddedTax(), bill.consumptionTax(), bill.total(), now));
        }
    }
}
