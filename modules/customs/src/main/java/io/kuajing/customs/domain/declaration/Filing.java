package io.kuajing.customs.domain.declaration;

/**
 * Where customs is with a document filed and then concluded or refused as a whole (a summary declaration, an arrival
 * or departure report): its status, the preNo the single window gave it, and customs' reason when it refused it.
 */
public final class Filing {

    private FilingStatus status;
    private String preNo;
    private String reason;

    public Filing(FilingStatus status, String preNo, String reason) {
        this.status = status;
        this.preNo = preNo;
        this.reason = reason;
    }

    public static Filing declared() {
        return new Filing(FilingStatus.DECLARED, null, null);
    }

    /** @return whether the receipt concluded or refused the document just now */
    public boolean apply(Receipt receipt) {
        preNo = receipt.preNo() == null ? preNo : receipt.preNo();
        FilingStatus before = status;
        status = status.after(receipt.status());
        if (status == FilingStatus.REJECTED && before != status) {
            reason = receipt.type() + " " + receipt.status() + ": " + receipt.info();
        }
        return before != status;
    }

    public FilingStatus status() {
        return status;
    }

    public String preNo() {
        return preNo;
    }

    public String reason() {
        return reason;
    }
}
