package io.kuajing.export.domain;

import java.util.List;
import java.util.Optional;

import org.jmolecules.ddd.annotation.Repository;

/** Where consignments are kept, and the units they took to each warehouse once customs concluded them. */
@Repository
public interface Consignments {

    void add(Consignment consignment);

    Optional<Consignment> byNumber(String consignmentNo);

    /** A RECORDED consignment becomes DECLARED; false when there is none such (a redelivered acceptance). */
    boolean declared(String consignmentNo);

    /** A RECORDED consignment becomes REFUSED with customs' note; false when there is none such. */
    boolean refused(String consignmentNo, String customsNote);

    /** The vendor's consignments, the latest recorded first. */
    List<Consignment> ofVendor(VendorId vendor, int limit);

    /** Units of each listing that DECLARED consignments took to each warehouse. */
    List<OverseasStock.Shipped> shippedOf(VendorId vendor);
}
