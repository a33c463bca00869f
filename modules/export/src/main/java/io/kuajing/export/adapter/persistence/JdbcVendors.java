package io.kuajing.export.adapter.persistence;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.kuajing.export.domain.Vendor;
import io.kuajing.export.domain.VendorId;
import io.kuajing.export.domain.Vendors;
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
            if (isDuplicateKey(e)) {
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

    /** H2 reports a duplicate key as SQLState 23505, MySQL as 23000 (error 1062); the repository wraps it. */
    private static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
