package io.kuajing.export.domain;

import java.util.List;
import java.util.Optional;

import io.kuajing.kernel.Sku;
import org.jmolecules.ddd.annotation.Repository;

/** Where vendors' listings are kept; a SKU is unique across vendors (it names the product on every marketplace). */
@Repository
public interface Listings {

    /** Adds the listing, or replaces the vendor's own listing of that SKU; false when another vendor owns the SKU. */
    boolean put(Listing listing);

    Optional<Listing> bySku(Sku sku);

    List<Listing> ofVendor(VendorId vendor);
}
