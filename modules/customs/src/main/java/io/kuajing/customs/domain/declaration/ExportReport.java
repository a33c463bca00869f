package io.kuajing.customs.domain.declaration;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A 9610 parcels' arrival (CEB507) or departure (CEB509) report, known by our number (copNo), as its receipt (CEB508 /
 * CEB510) names it, and where customs is with it.
 */
@AggregateRoot
public class ExportReport {

    @Identity
    private final String copNo;
    private final MessageType type;
    private final Filing filing;

    public ExportReport(String copNo, MessageType type, Filing filing) {
        this.copNo = copNo;
        this.type = type;
        this.filing = filing;
    }

    public static ExportReport reported(String copNo, MessageType type) {
        return new ExportReport(copNo, type, Filing.declared());
    }

    /** @return whether the receipt concluded or refused the report just now */
    public boolean apply(Receipt receipt) {
        return filing.apply(receipt);
    }

    public String copNo() {
        return copNo;
    }

    public MessageType type() {
        return type;
    }

    public FilingStatus status() {
        return filing.status();
    }

    public String preNo() {
        return filing.preNo();
    }

    public String reason() {
        return filing.reason();
    }
}
