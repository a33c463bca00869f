package io.kuajing.customs.domain.declaration;

/**
 * Where customs is with a document that is filed and then concluded or refused as a whole — a summary declaration
 * (CEB701), an arrival (CEB507) or departure (CEB509) report: DECLARED until its receipt says 399 审结 (800 taken as
 * yes too: ACCEPTED) or refuses it (100, a sending failure, an error code: REJECTED). A concluded one never reopens.
 */
public enum FilingStatus {
    DECLARED, ACCEPTED, REJECTED;

    /** The status after a receipt with this returnStatus. */
    public FilingStatus after(int returnStatus) {
        if (this != DECLARED) {
            return this;
        }
        if (ReceiptStatus.isFailure(returnStatus)) {
            return REJECTED;
        }
        return ReceiptStatus.isApproval(returnStatus) ? ACCEPTED : DECLARED;
    }
}
