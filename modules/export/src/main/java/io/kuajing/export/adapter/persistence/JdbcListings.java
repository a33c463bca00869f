package io.kuajing.export.adapter.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.kuajing.export.domain.Listing;
import io.kuajing.export.domain.Listings;
import io.kuajing.export.domain.VendorId;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/** Listings in export_listing, keyed by SKU. */
@Singleton
class JdbcListings implements Listings {

    private static final String COLUMNS = "sku, vendor_id, title_zh, hs_code, declared_value_cny, weight_kg, export_licence_required";

    private final Jdbc jdbc;

    JdbcListings(TransactionOperations<Connection> transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    @Override
    public boolean put(Listing l) {
        // The row lock taken by the locking read keeps two vendors from claiming one new SKU at once.
        Optional<Listing> existing = jdbc.query("SELECT " + COLUMNS + " FROM export_listing WHERE sku = ? FOR UPDATE",
                st -> st.setString(1, l.sku().value()), JdbcListings::listing).stream().findFirst();
        if (existing.isPresent() && !existing.get().vendor().equals(l.vendor())) {
            return false;
        }
        String sql = existing.isPresent()
                ? "UPDATE export_listing SET vendor_id = ?, title_zh = ?, hs_code = ?, declared_value_cny = ?, weight_kg = ?, "
                        + "export_licence_required = ? WHERE sku = ?"
                : "INSERT INTO export_listing (vendor_id, title_zh, hs_code, declared_value_cny, weight_kg, "
                        + "export_licence_required, sku) VALUES (?, ?, ?, ?, ?, ?, ?)";
        jdbc.update(sql, st -> {
            st.setString(1, l.vendor().value());
            st.setString(2, l.titleZh());
            st.setString(3, l.hsCode().value());
            st.setBigDecimal(4, l.declaredValue().amount());
            st.setBigDecimal(5, l.weightKg());
            st.setBoolean(6, l.exportLicenceRequired());
            st.setString(7, l.sku().value());
        });
        return true;
    }

    @Override
    public Optional<Listing> bySku(Sku sku) {
        return jdbc.query("SELECT " + COLUMNS + " FROM export_listing WHERE sku = ?",
                st -> st.setString(1, sku.value()), JdbcListings::listing).stream().findFirst();
    }

    @Override
    public List<Listing> ofVendor(VendorId vendor) {
        return jdbc.query("SELECT " + COLUMNS + " FROM export_listing WHERE vendor_id = ? ORDER BY sku",
                st -> st.setString(1, vendor.value()), JdbcListings::listing);
    }

    private static Listing listing(ResultSet rs) throws SQLException {
        return new Listing(new Sku(rs.getString(1)), new VendorId(rs.getString(2)), rs.getString(3),
                HsCode.of(rs.getString(4)), Money.cny(rs.getBigDecimal(5).toPlainString()), rs.getBigDecimal(6),
                rs.getBoolean(7));
    }
}
