package io.kuajing.customs.domain.declaration;

import java.time.YearMonth;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A summary declaration (汇总申报, CEB701) of one vendor's type-B export lists of one month, known by our number
 * (copNo), as its CEB702 receipts name it. DECLARED until customs concludes it (399 审结: ACCEPTED, with its sumNo) or
 * refuses it (REJECTED, with customs' reason); a late receipt never reopens a concluded one.
 */
@AggregateRoot
public class SummaryDeclaration {

    public enum Status { DECLARED, ACCEPTED, REJECTED }

    @Identity
    private final String copNo;
    private final String ebcCode;
    private final YearMonth month;
    private Status status;
    private String preNo;
    private String sumNo;
    private String reason;

    public SummaryDeclaration(String copNo, String ebcCode, YearMonth month, Status status, String preNo, String sumNo,
                              String reason) {
        this.copNo = copNo;
        this.ebcCode = ebcCode;
        this.month = month;
        this.status = status;
        this.preNo = preNo;
        this.sumNo = sumNo;
        this.reason = reason;
    }

    public static SummaryDeclaration declared(String copNo, String ebcCode, YearMonth month) {
        return new SummaryDeclaration(copNo, ebcCode, month, Status.DECLARED, null, null, null);
    }

    /** @return whether the receipt concluded or refused the summary just now */
    public boolean apply(Receipt receipt) {
        preNo = receipt.preNo() == null ? preNo : receipt.preNo();
        sumNo = receipt.sumNo() == null ? sumNo : receipt.sumNo();
        if (status != Status.DECLARED) {
            return false;
        }
        if (ReceiptStatus.isFailure(receipt.status())) {
            status = Status.REJECTED;
            reason = receipt.type() + " " + receipt.status() + ": " + receipt.info();
            return true;
        }
        if (ReceiptStatus.isApproval(receipt.status())) {
            status = Status.ACCEPTED;
            return true;
        }
        return false;
    }

    public String copNo() {
        return copNo;
    }

    public String ebcCode() {
        return ebcCode;
    }

    public YearMonth month() {
        return month;
    }

    public Status status() {
        return status;
    }

    public String preNo() {
        return preNo;
    }

    public String sumNo() {
        return sumNo;
    }

    public String reason() {
        return reason;
    }
}
