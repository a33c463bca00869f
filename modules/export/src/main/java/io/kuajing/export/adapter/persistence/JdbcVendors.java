package io.kuajing.export.adapter.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import io.kuajing.export.domain.CustomsRegistrationCode;
import io.kuajing.export.domain.SettlementAccount;
import io.kuajing.export.domain.Uscc;
import io.kuajing.export.domain.Vendor;
import io.kuajing.export.domain.VendorId;
import io.kuajing.export.domain.Vendors;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/** Vendors in export_vendor; the USCC's unique key refuses a second onboarding of one company. */
@Singleton
class JdbcVendors implements Vendors {

    private static final String COLUMNS = "vendor_id, name, uscc, customs_code, settlement_bank, settlement_account, "
            + "settlement_currency, onboarded_at, onboarded_by";

    private final Jdbc jdbc;

    JdbcVendors(TransactionOperations<Connection> transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    @Override
    public boolean add(Vendor v) {
        try {
            return jdbc.update("INSERT INTO export_vendor (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", st -> {
                st.setString(1, v.id().value());
                st.setString(2, v.name());
                st.setString(3, v.uscc().value());
                st.setString(4, v.customsCode().value());
                st.setString(5, v.settlement().bank());
                st.setString(6, v.settlement().accountNumber());
                st.setString(7, v.settlement().currency().getCurrencyCode());
                st.setTimestamp(8, Jdbc.utc(v.onboardedAt()));
                st.setString(9, v.onboardedBy());
            }) == 1;
        } catch (IllegalStateException e) {
            if (Jdbc.isDuplicateKey(e)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public Optional<Vendor> byId(VendorId id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM export_vendor WHERE vendor_id = ?",
                st -> st.setString(1, id.value()), JdbcVendors::vendor).stream().findFirst();
    }

    @Override
    public List<Vendor> all() {
        return jdbc.query("SELECT " + COLUMNS + " FROM export_vendor ORDER BY name", st -> { }, JdbcVendors::vendor);
    }

    private static Vendor vendor(ResultSet rs) throws SQLException {
        return new Vendor(new VendorId(rs.getString(1)), rs.getString(2), new Uscc(rs.getString(3)),
                new CustomsRegistrationCode(rs.getString(4)),
                new SettlementAccount(rs.getString(5), rs.getString(6), Currency.getInstance(rs.getString(7))),
                Jdbc.utc(rs.getTimestamp(8)), rs.getString(9));
    }
}
