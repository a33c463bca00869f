package io.kuajing.customs.domain.declaration;

/**
 * The status codes of single-window receipts: 1 saved, 2 declaring, 3 sent, 4 send failed, 100 rejected,
 * 120 accepted, 300 manual review, 399 review concluded, 800 released, 899 cleared; negative codes are errors.
 */
public final class ReceiptStatus {

    public static final int REJECTED = 100;
    public static final int ACCEPTED = 120;
    public static final int MANUAL_REVIEW = 300;
    public static final int RELEASED = 800;
    public static final int CLEARED = 899;

    private ReceiptStatus() {
    }

    /** Rejected by customs, failed to send, or an error code. */
    public static boolean isFailure(int code) {
        return code == REJECTED || code == 4 || code < 0;
    }
}
