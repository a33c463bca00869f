package io.kuajing.export.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jmolecules.ddd.annotation.Repository;

/** Where export orders are kept; one per marketplace order. */
@Repository
public interface ExportOrders {

    /** @return the order already kept for the same marketplace order, if any (then nothing was added) */
    Optional<ExportOrder> addUnlessKnown(ExportOrder order);

    Optional<ExportOrder> byNumber(String orderNo);

    /** The order, locked until the transaction ends: two confirmations of one shipment run one after the other. */
    Optional<ExportOrder> byNumberForUpdate(String orderNo);

    /** Marks the order shipped to the buyer (its marketplace was told the tracking number). */
    void shipped(String orderNo);

    /** Marks a RECEIVED order declared (customs accepted its parcel); a shipped order stays shipped. */
    void declared(String orderNo);

    /** Keeps the waybill number the order's parcel was first declared under (customs keeps the first one too). */
    void declaredUnder(String orderNo, String waybillNo);

    /** The order whose parcel was declared under the waybill number, if any. */
    Optional<ExportOrder> byWaybill(String waybillNo);

    /**
     * The parcel waits on customs' answer to the report {@code reportNo}, if it is in {@code status} and waits on no
     * other report. @return whether it now waits on this one
     */
    boolean reported(String orderNo, ExportOrderStatus status, String reportNo);

    /** The report the parcel waits on customs' answer to, if any. */
    Optional<String> pendingReport(String orderNo);

    /** Customs concluded the report: its DECLARED parcels become ARRIVED, its ARRIVED ones DEPARTED. */
    void reportAccepted(String reportNo);

    /** Customs refused the report: its parcels keep their status and customs' note, and wait on nothing. */
    void reportRefused(String reportNo, String customsNote);

    /** Marks a DECLARED order WITHDRAWN (customs approved the withdrawal of its list). */
    void withdrawn(String orderNo);

    /** The vendor's receipt of the order's payment was sent to customs (once: a later call changes nothing). */
    void paymentReceiptSent(String orderNo);

    /** Customs filed ({@code accepted}) or refused the receipt of payment, with its note; its first answer only. */
    void paymentReceiptAnswered(String orderNo, boolean accepted, String customsNote);

    /** Keeps customs' note on the order, whatever its status (customs refused a request about it). */
    void noted(String orderNo, String customsNote);

    /** Marks a RECEIVED order refused by customs, with customs' note; a shipped or declared order stays so. */
    void refused(String orderNo, String customsNote);

    /** The vendor's first {@code limit} orders, the last sold first. */
    List<ExportOrder> ofVendor(VendorId vendor, int limit);

    /** The vendor's orders sold in [from, to), oldest first. */
    List<ExportOrder> ofVendorSoldBetween(VendorId vendor, Instant from, Instant to);

    /** Sales (goods, before fees) per marketplace, year (China time) and currency, summed by the database. */
    List<YearlySales> salesByMarketplaceAndYear();

    /** Units of each listing the vendor's 9810 orders sold to buyers in each country (from overseas warehouses). */
    List<OverseasStock.Sold> soldFromOverseasWarehouses(VendorId vendor);
}
