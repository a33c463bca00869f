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

    @Identity
    private final String copNo;
    private final String ebcCode;
    private final YearMonth month;
    private final Filing filing;
    private String sumNo;

    public SummaryDeclaration(String copNo, String ebcCode, YearMonth month, Filing filing, String sumNo) {
        this.copNo = copNo;
        this.ebcCode = ebcCode;
        this.month = month;
        this.filing = filing;
        this.sumNo = sumNo;
    }

    public static SummaryDeclaration declared(String copNo, String ebcCode, YearMonth month) {
        return new SummaryDeclaration(copNo, ebcCode, month, Filing.declared(), null);
    }

    /** @return whether the receipt concluded or refused the summary just now */
    public boolean apply(Receipt receipt) {
        sumNo = receipt.sumNo() == null ? sumNo : receipt.sumNo();
        return filing.apply(receipt);
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

    public FilingStatus status() {
        return filing.status();
    }

    public String preNo() {
        return filing.preNo();
    }

    public String sumNo() {
        return sumNo;
    }

    public String reason() {
        return filing.reason();
    }
}
