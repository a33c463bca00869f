package io.kuajing.customs.domain.declaration;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A 9610 export parcel declared to customs, known by its order number, our list number (copNo) and its waybill
 * number, as its receipts name it; customs' list numbers (preNo, invtNo) once given. It moves from DECLARED to
 * ACCEPTED when the inventory list is concluded, or to REJECTED when any of its messages is refused; PARKED when it
 * failed customs' schema and was never sent; an ACCEPTED list is WITHDRAWN when customs approves its withdrawal
 * (CEB605, answered by CEB606 399).
 */
@AggregateRoot
public class ExportDeclaration {

    /** Where customs is with the parcel. */
    public enum Status { DECLARED, PARKED, ACCEPTED, REJECTED, WITHDRAWN }

    /** What a receipt changed, for the events it causes. */
    public enum Change { NONE, ACCEPTED, REJECTED, WITHDRAWN, WITHDRAWAL_REFUSED }

    @Identity
    private final String orderNo;
    private final String copNo;
    private final String logisticsNo;
    private Status status;
    private String preNo;
    private String invtNo;
    private String reason;

    public ExportDeclaration(String orderNo, String copNo, String logisticsNo, Status status, String preNo,
                             String invtNo, String reason) {
        this.orderNo = orderNo;
        this.copNo = copNo;
        this.logisticsNo = logisticsNo;
        this.status = status;
        this.preNo = preNo;
        this.invtNo = invtNo;
        this.reason = reason;
    }

    public static ExportDeclaration declared(String orderNo, String copNo, String logisticsNo) {
        return new ExportDeclaration(orderNo, copNo, logisticsNo, Status.DECLARED, null, null, null);
    }

    /** Kept back before anything left: customs' gate would refuse it. */
    public void park(String why) {
        status = Status.PARKED;
        reason = why;
    }

    /**
     * A receipt for one of the parcel's messages. The list receipt carries customs' numbers; 399 审结 (or 800 放行)
     * on it concludes the declaration; a refusal of any message (100, a sending failure, an error code) ends it.
     * Only a declaration still waiting changes state: a late receipt never reopens a concluded one.
     */
    public Change apply(Receipt receipt) {
        if (receipt.type() == MessageType.CEB606) {
            return withdrawal(receipt);
        }
        if (receipt.type() == MessageType.CEB604) {
            preNo = receipt.preNo() == null ? preNo : receipt.preNo();
            invtNo = receipt.invtNo() == null ? invtNo : receipt.invtNo();
        }
        if (status != Status.DECLARED) {
            return Change.NONE;
        }
        if (ReceiptStatus.isFailure(receipt.status())) {
            status = Status.REJECTED;
            reason = receipt.type() + " " + receipt.status() + ": " + receipt.info();
            return Change.REJECTED;
        }
        if (receipt.type() == MessageType.CEB604 && ReceiptStatus.isApproval(receipt.status())) {
            status = Status.ACCEPTED;
            return Change.ACCEPTED;
        }
        return Change.NONE;
    }

    /** The withdrawal's answer: only an ACCEPTED list is withdrawn; a refusal leaves it accepted, with the reason. */
    private Change withdrawal(Receipt receipt) {
        if (status != Status.ACCEPTED) {
            return Change.NONE;
        }
        if (ReceiptStatus.isFailure(receipt.status())) {
            reason = receipt.type() + " " + receipt.status() + ": " + receipt.info();
            return Change.WITHDRAWAL_REFUSED;
        }
        if (ReceiptStatus.isApproval(receipt.status())) {
            status = Status.WITHDRAWN;
            return Change.WITHDRAWN;
        }
        return Change.NONE;
    }

    public String orderNo() {
        return orderNo;
    }

    public String copNo() {
        return copNo;
    }

    public String logisticsNo() {
        return logisticsNo;
    }

    public Status status() {
        return status;
    }

    public String preNo() {
        return preNo;
    }

    public String invtNo() {
        return invtNo;
    }

    public String reason() {
        return reason;
    }
}
