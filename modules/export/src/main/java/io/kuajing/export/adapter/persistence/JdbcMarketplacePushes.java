package io.kuajing.export.adapter.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import io.kuajing.export.domain.MarketplacePush;
import io.kuajing.export.domain.MarketplacePushes;
import io.kuajing.export.domain.PriceConversion;
import io.kuajing.export.domain.VendorId;
import io.kuajing.kernel.Money;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/** The pushes in export_marketplace_push; a shipment confirmation also fills shipment_of, unique per order. */
@Singleton
class JdbcMarketplacePushes implements MarketplacePushes {

    private static final String COLUMNS = "id, marketplace, kind, vendor_id, sku, order_no, price, currency, stock, "
            + "carrier, tracking_number, pushed_at, pushed_by, price_cny, fx_rate, fx_rate_from";

    private final TransactionOperations<Connection> transactions;
    private final Jdbc jdbc;

    JdbcMarketplacePushes(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
        this.jdbc = new Jdbc(transactions);
    }

    @Override
    public MarketplacePush add(MarketplacePush p) {
        String sql = "INSERT INTO export_marketplace_push (marketplace, kind, vendor_id, sku, order_no, price, currency, "
                + "stock, carrier, tracking_number, pushed_at, pushed_by, shipment_of, price_cny, fx_rate, fx_rate_from) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (var st = transactions.getConnection().prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, p.marketplace());
            st.setString(2, p.kind().name());
            st.setString(3, p.vendor().value());
            st.setString(4, p.sku());
            st.setString(5, p.orderNo());
            st.setBigDecimal(6, p.price() == null ? null : p.price().amount());
            st.setString(7, p.price() == null ? null : p.price().currency().getCurrencyCode());
            if (p.stock() == null) {
                st.setNull(8, Types.INTEGER);
            } else {
                st.setInt(8, p.stock());
            }
            st.setString(9, p.carrier());
            st.setString(10, p.trackingNumber());
            st.setTimestamp(11, Jdbc.utc(p.pushedAt()));
            st.setString(12, p.pushedBy());
            st.setString(13, p.kind() == MarketplacePush.Kind.SHIPMENT ? p.orderNo() : null);
            PriceConversion c = p.conversion();
            st.setBigDecimal(14, c == null ? null : c.priceCny().amount());
            st.setBigDecimal(15, c == null ? null : c.cnyPerUnit());
            st.setObject(16, c == null ? null : c.rateFrom());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return new MarketplacePush(keys.getLong(1), p.marketplace(), p.kind(), p.vendor(), p.sku(), p.orderNo(),
                        p.price(), p.stock(), p.carrier(), p.trackingNumber(), p.pushedAt(), p.pushedBy(), p.conversion());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("export: cannot keep a marketplace push", e);
        }
    }

    @Override
    public Optional<MarketplacePush> shipmentOf(String orderNo) {
        return jdbc.query("SELECT " + COLUMNS + " FROM export_marketplace_push WHERE shipment_of = ?",
                st -> st.setString(1, orderNo), JdbcMarketplacePushes::push).stream().findFirst();
    }

    @Override
    public List<MarketplacePush> ofVendor(VendorId vendor, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM export_marketplace_push WHERE vendor_id = ? "
                + "ORDER BY pushed_at DESC, id DESC LIMIT ?", st -> {
                    st.setString(1, vendor.value());
                    st.setInt(2, limit);
                }, JdbcMarketplacePushes::push);
    }

    private static MarketplacePush push(ResultSet rs) throws SQLException {
        String currency = rs.getString(8);
        int stock = rs.getInt(9);
        Integer stockOrNull = rs.wasNull() ? null : stock;
        Money price = currency == null ? null : new Money(rs.getBigDecimal(7), Currency.getInstance(currency));
        BigDecimal priceCny = rs.getBigDecimal(14);
        PriceConversion conversion = priceCny == null ? null : new PriceConversion(new Money(priceCny, Money.CNY),
                rs.getBigDecimal(15).stripTrailingZeros(), rs.getObject(16, LocalDate.class), price);
        return new MarketplacePush(rs.getLong(1), rs.getString(2), MarketplacePush.Kind.valueOf(rs.getString(3)),
                new VendorId(rs.getString(4)), rs.getString(5), rs.getString(6), price, stockOrNull,
                rs.getString(10), rs.getString(11), Jdbc.utc(rs.getTimestamp(12)), rs.getString(13), conversion);
    }
}
