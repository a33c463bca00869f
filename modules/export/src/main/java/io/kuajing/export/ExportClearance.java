package io.kuajing.export;

/**
 * Clearing export orders through Chinese customs: an operator hands a 9610 order's parcel to customs once the carrier
 * gave it a waybill number; the order is DECLARED when customs accepts its inventory list.
 */
public interface ExportClearance {

    /**
     * Declares the 9610 order's parcel to customs under the carrier's waybill number. Asking again declares nothing
     * more (customs keys the declaration by the order number).
     *
     * @throws io.kuajing.kernel.RuleViolation {@code orderNo} / {@code export-order} (no such order),
     *                                         {@code declared-9610-only} (a 9810 order), {@code waybillNo} /
     *                                         {@code waybill-number}, or the field customs refuses
     */
    ExportOrderView declare(String orderNo, String waybillNo);

    /**
     * Customs accepted the inventory list declared under {@code declaredNo}: a RECEIVED order becomes DECLARED (a
     * shipped one stays SHIPPED), a RECORDED 9810 consignment DECLARED (its units are stock abroad from then on).
     */
    void acceptedByCustoms(String declaredNo);

    /**
     * Customs refused a message declared under {@code declaredNo}: a RECEIVED order or a RECORDED consignment becomes
     * REFUSED with customs' note (a shipped order stays SHIPPED).
     */
    void refusedByCustoms(String declaredNo, String customsNote);
}
