package io.kuajing.export;

import java.util.List;
import java.util.Optional;

/**
 * 9810: a vendor's goods shipped in bulk (头程) to an overseas fulfilment warehouse and sold from there. A consignment
 * is recorded, then declared to customs by inventory list; once customs concludes it, its units are the vendor's
 * stock abroad, which the vendor's 9810 orders draw on.
 */
public interface OverseasShipping {

    /**
     * Records a consignment of the vendor's listings.
     *
     * @throws io.kuajing.kernel.RuleViolation naming the field and rule (an unknown listing, a quantity, the waybill
     *                                         number, goods needing a licence, a value above the list limit ...)
     */
    ConsignmentView record(String vendorId, NewConsignment consignment, String operator);

    /**
     * Declares the consignment to customs (order = warehouse booking, waybill, inventory list under 9810); it becomes
     * DECLARED when customs concludes the list, REFUSED when customs refuses it. Asking again declares nothing more.
     *
     * @throws io.kuajing.kernel.RuleViolation {@code consignmentNo} / {@code consignment}, or the field customs refuses
     */
    ConsignmentView declare(String consignmentNo);

    Optional<ConsignmentView> consignment(String consignmentNo);

    /** The vendor's consignments, the latest first (at most {@code limit}). */
    List<ConsignmentView> consignments(String vendorId, int limit);

    /** Per listing and country: units shipped in declared consignments (by warehouse), sold by 9810 orders, on hand. */
    List<OverseasStockView> overseasStock(String vendorId);
}
