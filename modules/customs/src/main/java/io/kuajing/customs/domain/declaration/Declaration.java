package io.kuajing.customs.domain.declaration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kuajing.customs.Company;
import io.kuajing.customs.domain.quota.BuyerKey;
import io.kuajing.customs.domain.tax.CbecLimits;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;
import io.kuajing.kernel.RuleViolation;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * One CBEC order's customs declaration: the order, payment, waybill and inventory list sent together, and what
 * customs answered. Receipts move it forward; a receipt that arrives late or twice changes nothing.
 */
@AggregateRoot
public final class Declaration {

    /** What a receipt did to the declaration, so the caller knows which event to publish. */
    public enum Change {
        NONE, ACCEPTED, REJECTED, RELEASED, CLEARED,
        /** Customs holds the goods: inspection (查验) or detention (扣留); the status and reason say which. */
        HELD,
        /** 899 arrived before 800 (receipts can overtake each other): the release happened too. */
        RELEASED_AND_CLEARED,
        CANCELLED, CANCEL_REFUSED, RETURNED, RETURN_REFUSED
    }

    /** A request Kuajing made after declaring, awaiting customs' answer. */
    public enum Pending { CANCEL, RETURN }

    @Identity
    private final String orderNo;
    /** Our number of the inventory list (copNo, at most 20 characters): what customs' list receipts name it by. */
    private final String copNo;
    /** The payment's transaction id: what a payment receipt (CEB412) names it by. */
    private final String payTransactionId;
    private final Regime regime;
    private final String portCode;
    private final String emsNo;
    private final Parties parties;
    private final String logisticsNo;
    private final BuyerKey buyer;
    private final Money acturalPaid;
    private final Money taxTotal;
    private List<DeclarationLine> lines;
    /** The lines as this object was made with: {@link #linesChanged()} tells the store whether to write them back. */
    private final List<DeclarationLine> linesAsLoaded;
    private String invtNo;
    /** The single window's pre-entry number (preNo), from its first list receipt. */
    private String preNo;
    private DeclarationStatus status;
    private Pending pending;
    private String reason;
    private LocalDate releasedOn;
    private LocalDate returnRequestedOn;
    private LocalDate returnArrivedOn;

    /** The companies on the documents: platform, seller, declaring agent and logistics company. */
    public record Parties(Company platform, Company seller, Company agent, Company logistics) {
    }

    public Declaration(String orderNo, String copNo, String payTransactionId, Regime regime, String portCode,
                       String emsNo, Parties parties, String logisticsNo, BuyerKey buyer, Money acturalPaid,
                       Money taxTotal, List<DeclarationLine> lines, String invtNo, String preNo,
                       DeclarationStatus status, Pending pending, String reason, LocalDate releasedOn,
                       LocalDate returnRequestedOn, LocalDate returnArrivedOn) {
        this.orderNo = orderNo;
        this.copNo = copNo;
        this.payTransactionId = payTransactionId;
        this.preNo = preNo;
        this.regime = regime;
        this.portCode = portCode;
        this.emsNo = emsNo;
        this.parties = parties;
        this.logisticsNo = logisticsNo;
        this.buyer = buyer;
        this.acturalPaid = acturalPaid;
        this.taxTotal = taxTotal;
        this.lines = List.copyOf(lines);
        this.linesAsLoaded = this.lines;
        this.invtNo = invtNo;
        this.status = status;
        this.pending = pending;
        this.reason = reason;
        this.releasedOn = releasedOn;
        this.returnRequestedOn = returnRequestedOn;
        this.returnArrivedOn = returnArrivedOn;
    }

    /** A declaration just sent: DECLARED, nothing pending. */
    public static Declaration declared(String orderNo, String copNo, String payTransactionId, Regime regime,
                                       String portCode, String emsNo, Parties parties, String logisticsNo,
                                       BuyerKey buyer, Money acturalPaid, Money taxTotal, List<DeclarationLine> lines) {
        return new Declaration(orderNo, copNo, payTransactionId, regime, portCode, emsNo, parties, logisticsNo, buyer,
                acturalPaid, taxTotal, lines, null, null, DeclarationStatus.DECLARED, null, null, null, null, null);
    }

    /**
     * A declaration whose messages failed customs' schema before leaving (see {@code MessageSchema}): recorded so
     * operators see it, never sent; the reason says which message and field.
     */
    public void park(String why) {
        if (status != DeclarationStatus.DECLARED) {
            throw new IllegalStateException("only a declaration not sent yet can be parked, not a " + status + " one");
        }
        status = DeclarationStatus.PARKED;
        reason = why.length() > 1000 ? why.substring(0, 1000) : why;
    }

    /** Applies a receipt for this order; {@code today} is the receipt's date in China (release date). */
    public Change apply(Receipt receipt, LocalDate today) {
        if (receipt.invtNo() != null && !receipt.invtNo().isBlank()) {
            invtNo = receipt.invtNo();
        }
        if (receipt.preNo() != null && !receipt.preNo().isBlank() && receipt.type() == MessageType.CEB622) {
            preNo = receipt.preNo();
        }
        int code = receipt.status();
        return switch (receipt.type()) {
            case CEB312, CEB412, CEB512 -> ReceiptStatus.isFailure(code) ? reject(receipt) : Change.NONE;
            case CEB622 -> inventoryReceipt(receipt, today);
            case CEB624 -> answer(Pending.CANCEL, receipt, DeclarationStatus.CANCELLED, Change.CANCELLED, Change.CANCEL_REFUSED);
            case CEB626 -> answer(Pending.RETURN, receipt, DeclarationStatus.RETURNED, Change.RETURNED, Change.RETURN_REFUSED);
            default -> Change.NONE;
        };
    }

    private Change inventoryReceipt(Receipt receipt, LocalDate today) {
        int code = receipt.status();
        if (ReceiptStatus.isFailure(code)) {
            return reject(receipt);
        }
        boolean beforeRelease = status.isBeforeRelease();
        if (code == ReceiptStatus.ACCEPTED && status == DeclarationStatus.DECLARED) {
            status = DeclarationStatus.ACCEPTED;
            return Change.ACCEPTED;
        }
        if (ReceiptStatus.isInspection(code) && beforeRelease) {
            status = DeclarationStatus.INSPECTION;
            reason = explained(receipt);
            return Change.HELD;
        }
        if (ReceiptStatus.isDetention(code) && beforeRelease) {
            status = DeclarationStatus.DETAINED;
            reason = explained(receipt);
            return Change.HELD;
        }
        if (code == ReceiptStatus.SHIPPED_BACK && beforeRelease) {
            // 退运: customs sends the goods back abroad; for the order it ends like a rejection.
            status = DeclarationStatus.SHIPPED_BACK;
            reason = explained(receipt);
            return Change.REJECTED;
        }
        if (code == ReceiptStatus.RELEASED && beforeRelease) {
            status = DeclarationStatus.RELEASED;
            releasedOn = today;
            return Change.RELEASED;
        }
        if (code == ReceiptStatus.CLEARED && status == DeclarationStatus.RELEASED) {
            status = DeclarationStatus.CLEARED;
            return Change.CLEARED;
        }
        if (code == ReceiptStatus.CLEARED && beforeRelease) {
            status = DeclarationStatus.CLEARED;
            releasedOn = today;
            return Change.RELEASED_AND_CLEARED;
        }
        return Change.NONE;
    }

    private Change reject(Receipt receipt) {
        if (!status.isBeforeRelease()) {
            return Change.NONE;
        }
        status = DeclarationStatus.REJECTED;
        reason = explained(receipt);
        return Change.REJECTED;
    }

    /** Customs' reason as the receipt gave it: type, code and returnInfo (the code's meaning is in the receipts). */
    private static String explained(Receipt receipt) {
        return receipt.type() + " " + receipt.status() + ": " + receipt.info();
    }

    private Change answer(Pending request, Receipt receipt, DeclarationStatus done, Change approved, Change refused) {
        if (pending != request) {
            return Change.NONE;
        }
        int code = receipt.status();
        boolean failed = ReceiptStatus.isFailure(code);
        if (!failed && !ReceiptStatus.isApproval(code)) {
            // Under way (2 declaring, 3 sent, 120 filed, 300 manual review...): the request still waits.
            return Change.NONE;
        }
        pending = null;
        if (request == Pending.RETURN) {
            lines = lines.stream().map(l -> l.settled(!failed)).toList();
        }
        if (failed) {
            reason = explained(receipt);
            return refused;
        }
        status = done;
        return approved;
    }

    /**
     * Cancellation (CEB623) is for a list customs numbered (invtNo) and has not cleared; nothing may be pending.
     */
    public void requestCancel() {
        requireNothingPending();
        if (status == DeclarationStatus.CANCELLED || status == DeclarationStatus.CLEARED
                || status == DeclarationStatus.RETURNED || status == DeclarationStatus.REJECTED
                || status == DeclarationStatus.SHIPPED_BACK || status == DeclarationStatus.PARKED) {
            throw new RuleViolation("orderNo", "cancellable", "a " + status + " declaration cannot be cancelled");
        }
        if (invtNo == null || invtNo.isBlank()) {
            // CEB623 names the list by customs' number (invtNo, required): there is none before customs filed it.
            throw new RuleViolation("orderNo", "list-numbered", "customs has not numbered the inventory list yet"
                    + " (no invtNo): it can be cancelled once customs' receipt gave its number");
        }
        pending = Pending.CANCEL;
    }

    /**
     * A return (CEB625) of some quantities of released goods, requested within the window of
     * 海关总署公告2020年第45号 (request within 30 days of release, goods back within 45: {@code limits}).
     *
     * @return the declared value of what comes back, the amount the buyer's annual allowance gets back
     */
    public Money requestReturn(Map<Integer, BigDecimal> quantities, LocalDate requestedOn, LocalDate arrivedOn,
                               CbecLimits limits) {
        requireNothingPending();
        if (status != DeclarationStatus.RELEASED && status != DeclarationStatus.CLEARED) {
            throw new RuleViolation("orderNo", "released-before-return", "only released goods can be returned");
        }
        limits.checkReturnWindow(releasedOn, requestedOn, arrivedOn);
        if (quantities.isEmpty()) {
            throw new RuleViolation("lines", "not-empty", "a return names at least one line");
        }
        Money value = Money.zero(Money.CNY);
        List<DeclarationLine> updated = new ArrayList<>();
        for (DeclarationLine line : lines) {
            BigDecimal qty = quantities.get(line.gnum());
            if (qty == null) {
                updated.add(line);
                continue;
            }
            if (qty.signum() <= 0 || qty.compareTo(line.returnable()) > 0) {
                throw new RuleViolation("lines[gnum=" + line.gnum() + "].qty", "returnable-quantity",
                        "at most " + line.returnable().stripTrailingZeros().toPlainString() + " can be returned on line " + line.gnum());
            }
            value = value.plus(line.valueOf(qty));
            updated.add(line.requesting(qty));
        }
        for (Integer gnum : quantities.keySet()) {
            if (lines.stream().noneMatch(l -> l.gnum() == gnum)) {
                throw new RuleViolation("lines[gnum=" + gnum + "]", "declared-line", "line " + gnum + " was not declared");
            }
        }
        lines = List.copyOf(updated);
        returnRequestedOn = requestedOn;
        returnArrivedOn = arrivedOn;
        pending = Pending.RETURN;
        return value;
    }

    /** The declared value of the quantities on their way back (before customs answers the return). */
    public Money pendingReturnValue() {
        return lines.stream().filter(l -> l.requestedReturnQty().signum() > 0)
                .map(l -> l.valueOf(l.requestedReturnQty()))
                .reduce(Money.zero(Money.CNY), Money::plus);
    }

    public LocalDate returnRequestedOn() {
        return returnRequestedOn;
    }

    public LocalDate returnArrivedOn() {
        return returnArrivedOn;
    }

    private void requireNothingPending() {
        if (pending != null) {
            throw new RuleViolation("orderNo", "one-request-at-a-time", "a " + pending.name().toLowerCase()
                    + " request is still waiting for customs");
        }
    }

    public String orderNo() {
        return orderNo;
    }

    public Regime regime() {
        return regime;
    }

    public String portCode() {
        return portCode;
    }

    public String emsNo() {
        return emsNo;
    }

    public Parties parties() {
        return parties;
    }

    public String logisticsNo() {
        return logisticsNo;
    }

    public BuyerKey buyer() {
        return buyer;
    }

    public Money acturalPaid() {
        return acturalPaid;
    }

    public Money taxTotal() {
        return taxTotal;
    }

    public List<DeclarationLine> lines() {
        return lines;
    }

    /**
     * Whether a return moved any line's quantities since this declaration was made or loaded. Most receipts change
     * only the status, and writing every line back after each of them was a seventh of the pipeline's statements.
     */
    public boolean linesChanged() {
        return !lines.equals(linesAsLoaded);
    }

    public String invtNo() {
        return invtNo;
    }

    public String copNo() {
        return copNo;
    }

    public String preNo() {
        return preNo;
    }

    public String payTransactionId() {
        return payTransactionId;
    }

    public DeclarationStatus status() {
        return status;
    }

    public Pending pending() {
        return pending;
    }

    public String reason() {
        return reason;
    }

    public LocalDate releasedOn() {
        return releasedOn;
    }
}
