package io.kuajing.export.domain;

import java.util.List;
import java.util.Optional;

import org.jmolecules.ddd.annotation.Repository;

/** Where vendors are kept. */
@Repository
public interface Vendors {

    /** @return false when a vendor with the same USCC is already onboarded (nothing changed) */
    boolean add(Vendor vendor);

    Optional<Vendor> byId(VendorId id);

    List<Vendor> all();
}
