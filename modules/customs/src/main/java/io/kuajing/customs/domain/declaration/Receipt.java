package io.kuajing.customs.domain.declaration;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A receipt from the single window, once parsed and checked. Customs names the declaration each receipt is about
 * its own way: CEB312 by {@code orderNo}, CEB412 by {@code payTransactionId}, CEB512 by {@code logisticsNo}, CEB622,
 * 624 and 626 by {@code copNo} and {@code preNo} (and {@code invtNo} once customs numbered the list), CEB816 by
 * {@code invtNo}, the export summary's CEB702 by {@code copNo} (with customs' {@code sumNo} once it numbered the
 * summary). {@code orderNo} is null until the application found the declaration ({@link #forOrder}).
 * {@code taxBill} is present on an 816 only.
 */
@ValueObject
public record Receipt(MessageType type, String orderNo, String copNo, String preNo, String invtNo, String logisticsNo,
                      String payTransactionId, int status, String info, Instant time, TaxBill taxBill, String sumNo) {

    /** A receipt of anything but a summary: no sumNo. */
    public Receipt(MessageType type, String orderNo, String copNo, String preNo, String invtNo, String logisticsNo,
                   String payTransactionId, int status, String info, Instant time, TaxBill taxBill) {
        this(type, orderNo, copNo, preNo, invtNo, logisticsNo, payTransactionId, status, info, time, taxBill, null);
    }

    public Receipt(MessageType type, String orderNo, int status, String info, Instant time, String invtNo, TaxBill taxBill) {
        this(type, orderNo, null, null, invtNo, null, null, status, info, time, taxBill);
    }

    public Receipt(MessageType type, String orderNo, int status, String info, Instant time, String invtNo, TaxBill taxBill,
                   String logisticsNo) {
        this(type, orderNo, null, null, invtNo, logisticsNo, null, status, info, time, taxBill);
    }

    public Receipt {
        Objects.requireNonNull(type, "type");
        if (orderNo == null && copNo == null && preNo == null && invtNo == null && logisticsNo == null
                && payTransactionId == null) {
            throw new IllegalArgumentException("a receipt names its declaration (orderNo, copNo, preNo, invtNo, "
                    + "logisticsNo or payTransactionId)");
        }
        Objects.requireNonNull(time, "time");
        if (!type.isReceipt()) {
            throw new IllegalArgumentException(type + " is not a receipt");
        }
        info = info == null ? "" : info.length() > 1000 ? info.substring(0, 1000) : info;
    }

    /** The same receipt, attributed to its order. */
    public Receipt forOrder(String resolvedOrderNo) {
        return new Receipt(type, resolvedOrderNo, copNo, preNo, invtNo, logisticsNo, payTransactionId, status, info,
                time, taxBill, sumNo);
    }

    /** The numbers it names its declaration by, for operators (never personal data). */
    public String identifiers() {
        StringBuilder s = new StringBuilder();
        append(s, "orderNo", orderNo);
        append(s, "copNo", copNo);
        append(s, "preNo", preNo);
        append(s, "invtNo", invtNo);
        append(s, "logisticsNo", logisticsNo);
        append(s, "payTransactionId", payTransactionId);
        append(s, "sumNo", sumNo);
        return s.toString();
    }

    private static void append(StringBuilder s, String name, String value) {
        if (value != null) {
            s.append(s.isEmpty() ? "" : " ").append(name).append('=').append(value);
        }
    }
}
