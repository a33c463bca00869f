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

    /** Marks the order's status {@code to} if it is {@code from}: reports about a parcel move it one step only. */
    void moved(String orderNo, ExportOrderStatus from, ExportOrderStatus to);

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
