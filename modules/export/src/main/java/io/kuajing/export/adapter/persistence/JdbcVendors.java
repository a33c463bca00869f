package io.kuajing.export.adapter.persistence;

import java.util.List;
import java.util.Optional;

import io.kuajing.export.domain.Vendor;
import io.kuajing.export.domain.VendorId;
import io.kuajing.export.domain.Vendors;
import io.kuajing.platform.jdbc.ConstraintRefusals;
import jakarta.inject.Singleton;

/** Vendors in export_vendor; the USCC's unique key refuses a second onboarding of one company. */
@Singleton
class JdbcVendors implements Vendors {

    private final VendorRows rows;

    JdbcVendors(VendorRows rows) {
        this.rows = rows;
    }

    @Override
    public boolean add(Vendor v) {
        try {
            rows.save(VendorRow.of(v));
            return true;
        } catch (RuntimeException e) {
            if (ConstraintRefusals.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<Vendor> byId(VendorId id) {
        return rows.findById(id.value()).map(VendorRow::vendor);
    }

    @Override
    public List<Vendor> all() {
        return rows.listOrderByName().stream().map(VendorRow::vendor).toList();
    }
}
