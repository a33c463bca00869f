package io.kuajing.customs.domain.declaration;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A receipt from the single window, once parsed and checked. {@code invtNo} is the inventory list number customs
 * assigned (622, 816); {@code taxBill} is present on an 816 only. A waybill receipt (CEB512) names the parcel by
 * {@code logisticsNo} rather than the order: its {@code orderNo} is null until the application resolves it.
 */
@ValueObject
public record Receipt(MessageType type, String orderNo, int status, String info, Instant time, String invtNo,
                      TaxBill taxBill, String logisticsNo) {

    public Receipt(MessageType type, String orderNo, int status, String info, Instant time, String invtNo, TaxBill taxBill) {
        this(type, orderNo, status, info, time, invtNo, taxBill, null);
    }

    public Receipt {
        Objects.requireNonNull(type, "type");
        if (orderNo == null && logisticsNo == null) {
            throw new IllegalArgumentException("a receipt names its order or its parcel (logisticsNo)");
        }
        Objects.requireNonNull(time, "time");
        if (!type.isReceipt()) {
            throw new IllegalArgumentException(type + " is not a receipt");
        }
        info = info == null ? "" : info.length() > 1000 ? info.substring(0, 1000) : info;
    }

    /** The same receipt, attributed to its order. */
    public Receipt forOrder(String resolvedOrderNo) {
        return new Receipt(type, resolvedOrderNo, status, info, time, invtNo, taxBill, logisticsNo);
    }
}
