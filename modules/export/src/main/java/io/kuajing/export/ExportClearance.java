package io.kuajing.export;

import java.time.Instant;
import java.util.List;

/**
 * Clearing export orders through Chinese customs: an operator hands a 9610 order's parcel to customs once the carrier
 * gave it a waybill number; the order is DECLARED when customs accepts its inventory list, ARRIVED when customs
 * accepts the report of the parcel at the export supervision site, DEPARTED when it accepts the report of its
 * departure.
 */
public interface ExportClearance {

    /**
     * Declares the 9610 order's parcel to customs under the carrier's waybill number; null takes the number of the
     * parcel booked with a carrier ({@link ParcelShipping}), and a booked parcel is declared under its own number only.
     * Asking again declares nothing more (customs keys the declaration by the order number).
     *
     * @throws io.kuajing.kernel.RuleViolation {@code orderNo} / {@code export-order} (no such order),
     *                                         {@code declared-9610-only} (a 9810 order), {@code waybillNo} /
     *                                         {@code waybill-number}, {@code booked-waybill}, or the field customs refuses
     */
    ExportOrderView declare(String orderNo, String waybillNo);

    /**
     * Reports DECLARED 9610 parcels arrived at the export supervision site: their orders wait on customs' answer and
     * become ARRIVED when customs accepts the report ({@link #reportAnsweredByCustoms}).
     *
     * @throws io.kuajing.kernel.RuleViolation {@code waybillNos[i]} / {@code known-waybill} (no parcel declared under
     *                                         it), {@code declared-only} (not declared, or refused),
     *                                         {@code already-arrived}, {@code report-pending} (a report of it waits
     *                                         on customs), {@code distinct}; or a field of the site or vehicle;
     *                                         nothing is reported then
     */
    List<ExportOrderView> arrived(ParcelArrival arrival);

    /**
     * Reports ARRIVED 9610 parcels left the country: their orders become DEPARTED when customs accepts the report.
     *
     * @throws io.kuajing.kernel.RuleViolation {@code waybillNos[i]} / {@code known-waybill}, {@code arrived-only}
     *                                         (not arrived yet), {@code already-departed}, {@code distinct}; or a
     *                                         field of the transport; nothing is reported then
     */
    List<ExportOrderView> departed(ParcelDeparture departure);

    /**
     * Customs concluded ({@code accepted}) or refused the arrival or departure report {@code reportNo}: its parcels
     * move one step (DECLARED to ARRIVED, ARRIVED to DEPARTED), or keep their status with customs' note and may be
     * reported again. A report answered before changes nothing (outbox redelivery).
     */
    void reportAnsweredByCustoms(String reportNo, boolean accepted, String customsNote);

    /**
     * Withdraws a DECLARED 9610 parcel's inventory list (撤销申请单, CEB605), e.g. the buyer cancelled before it left:
     * the order becomes WITHDRAWN when customs approves ({@link #withdrawalAnsweredByCustoms}).
     *
     * @throws io.kuajing.kernel.RuleViolation {@code orderNo} / {@code export-order}, {@code declared-only} (not
     *                                         accepted yet, or reported at the site already), {@code report-pending},
     *                                         {@code withdrawal-pending}; {@code reason} / {@code text-length}
     */
    ExportOrderView withdraw(String orderNo, String reason);

    /**
     * Customs approved ({@code withdrawn}) or refused the withdrawal of the order's list: a DECLARED order becomes
     * WITHDRAWN, or keeps customs' note. Idempotent (outbox redelivery).
     */
    void withdrawalAnsweredByCustoms(String orderNo, boolean withdrawn, String customsNote);

    /**
     * Tells customs the vendor received the buyer's payment for a 9610 order customs accepted (收款单, CEB403): the
     * order's total in its currency, received at {@code receivedAt} (null: now). Once per order: asked again, the
     * order is answered as it is and nothing more is sent. Customs' answer: {@link #paymentReceiptAnsweredByCustoms}.
     *
     * @throws io.kuajing.kernel.RuleViolation {@code orderNo} / {@code export-order}, {@code declared-9610-only}
     *                                         (9810), {@code declared-first} (customs has not accepted its list, or
     *                                         it was refused or withdrawn); {@code receivedAt} / {@code not-in-future},
     *                                         {@code not-before-sale}; or customs' rule
     */
    ExportOrderView paymentReceived(String orderNo, Instant receivedAt);

    /** Customs filed ({@code accepted}) or refused the receipt of payment, with its note. Idempotent. */
    void paymentReceiptAnsweredByCustoms(String orderNo, boolean accepted, String customsNote);

    /**
     * Declares the summary (汇总申报, CEB701) of the vendor's 9610 lists customs concluded in {@code month} (yyyy-MM,
     * China time) and no summary named yet; each list is summed up once.
     *
     * @throws io.kuajing.kernel.RuleViolation {@code vendorId} / {@code vendor} (no such vendor),
     *                                         {@code claims-export-refund} (its lists are simplified, never summed
     *                                         up); {@code month} / {@code year-month}, {@code not-in-future},
     *                                         {@code nothing-to-summarise} (none left: a second call for a month)
     */
    SummaryDeclarationView declareSummary(String vendorId, String month);

    java.util.Optional<SummaryDeclarationView> summaryDeclaration(String summaryNo);

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
