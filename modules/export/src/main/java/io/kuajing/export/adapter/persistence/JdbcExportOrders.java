package io.kuajing.export.adapter.persistence;

import java.sql.Connection;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.kuajing.export.domain.ExportMode;
import io.kuajing.export.domain.ExportOrder;
import io.kuajing.export.domain.ExportOrderLine;
import io.kuajing.export.domain.ExportOrderStatus;
import io.kuajing.export.domain.ExportOrders;
import io.kuajing.export.domain.OverseasStock;
import io.kuajing.export.domain.VendorId;
import io.kuajing.export.domain.YearlySales;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/** Export orders in export_order and export_order_line; the (marketplace, marketplace order id) key keeps one of each. */
@Singleton
class JdbcExportOrders implements ExportOrders {

    private static final String COLUMNS = "order_no, vendor_id, marketplace, marketplace_order_id, mode, destination, "
            + "sold_at, currency, marketplace_fee, status, customs_note";

    private final Jdbc jdbc;

    JdbcExportOrders(TransactionOperations<Connection> transactions) {
        this.jdbc = new Jdbc(transactions);
    }

    @Override
    public Optional<ExportOrder> addUnlessKnown(ExportOrder o) {
        // Locking read first: a twin pull of the same marketplace order waits here, then finds the first one's row.
        Optional<ExportOrder> known = select("WHERE marketplace = ? AND marketplace_order_id = ? FOR UPDATE",
                o.marketplace(), o.marketplaceOrderId()).stream().findFirst();
        if (known.isPresent()) {
            return known;
        }
        jdbc.update("INSERT INTO export_order (" + COLUMNS + ", sold_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", st -> {
            st.setString(1, o.orderNo());
            st.setString(2, o.vendor().value());
            st.setString(3, o.marketplace());
            st.setString(4, o.marketplaceOrderId());
            st.setString(5, o.mode().code());
            st.setString(6, o.destination().value());
            st.setTimestamp(7, Jdbc.utc(o.soldAt()));
            st.setString(8, o.currency().getCurrencyCode());
            st.setBigDecimal(9, o.marketplaceFee().amount());
            st.setString(10, o.status().name());
            st.setString(11, o.customsNote());
            st.setInt(12, o.soldAt().atZone(ChinaTime.ZONE).getYear());
        });
        for (ExportOrderLine l : o.lines()) {
            jdbc.update("INSERT INTO export_order_line (order_no, line_no, sku, quantity, unit_price) VALUES (?, ?, ?, ?, ?)", st -> {
                st.setString(1, o.orderNo());
                st.setInt(2, l.lineNo());
                st.setString(3, l.sku().value());
                st.setInt(4, l.quantity());
                st.setBigDecimal(5, l.unitPrice().amount());
            });
        }
        return Optional.empty();
    }

    @Override
    public Optional<ExportOrder> byNumber(String orderNo) {
        return select("WHERE order_no = ?", orderNo).stream().findFirst();
    }

    @Override
    public Optional<ExportOrder> byNumberForUpdate(String orderNo) {
        return select("WHERE order_no = ? FOR UPDATE", orderNo).stream().findFirst();
    }

    @Override
    public void shipped(String orderNo) {
        jdbc.update("UPDATE export_order SET status = ? WHERE order_no = ?", st -> {
            st.setString(1, ExportOrderStatus.SHIPPED.name());
            st.setString(2, orderNo);
        });
    }

    @Override
    public void declared(String orderNo) {
        // Conditional: customs' acceptance may arrive after the shipment was confirmed, or twice (the outbox).
        jdbc.update("UPDATE export_order SET status = ? WHERE order_no = ? AND status = ?", st -> {
            st.setString(1, ExportOrderStatus.DECLARED.name());
            st.setString(2, orderNo);
            st.setString(3, ExportOrderStatus.RECEIVED.name());
        });
    }

    @Override
    public void declaredUnder(String orderNo, String waybillNo) {
        jdbc.update("UPDATE export_order SET waybill_no = ? WHERE order_no = ? AND waybill_no IS NULL", st -> {
            st.setString(1, waybillNo);
            st.setString(2, orderNo);
        });
    }

    @Override
    public Optional<ExportOrder> byWaybill(String waybillNo) {
        return select("WHERE waybill_no = ?", waybillNo).stream().findFirst();
    }

    @Override
    public void moved(String orderNo, ExportOrderStatus from, ExportOrderStatus to) {
        jdbc.update("UPDATE export_order SET status = ? WHERE order_no = ? AND status = ?", st -> {
            st.setString(1, to.name());
            st.setString(2, orderNo);
            st.setString(3, from.name());
        });
    }

    @Override
    public void refused(String orderNo, String customsNote) {
        jdbc.update("UPDATE export_order SET status = ?, customs_note = ? WHERE order_no = ? AND status = ?", st -> {
            st.setString(1, ExportOrderStatus.REFUSED.name());
            st.setString(2, customsNote.length() > 1000 ? customsNote.substring(0, 1000) : customsNote);
            st.setString(3, orderNo);
            st.setString(4, ExportOrderStatus.RECEIVED.name());
        });
    }

    @Override
    public List<ExportOrder> ofVendorSoldBetween(VendorId vendor, Instant from, Instant to) {
        return select("WHERE vendor_id = ? AND sold_at >= ? AND sold_at < ? ORDER BY sold_at, order_no",
                vendor.value(), Jdbc.utc(from), Jdbc.utc(to));
    }

    @Override
    public List<ExportOrder> ofVendor(VendorId vendor, int limit) {
        return select("WHERE vendor_id = ? ORDER BY sold_at DESC, order_no DESC LIMIT ?", vendor.value(), limit);
    }

    @Override
    public List<YearlySales> salesByMarketplaceAndYear() {
        return jdbc.query("""
                SELECT o.marketplace, o.sold_year, o.currency, SUM(l.quantity * l.unit_price), COUNT(DISTINCT o.order_no)
                FROM export_order o JOIN export_order_line l ON l.order_no = o.order_no
                GROUP BY o.marketplace, o.sold_year, o.currency""", st -> { },
                rs -> new YearlySales(rs.getString(1), rs.getInt(2),
                        new Money(rs.getBigDecimal(4), Currency.getInstance(rs.getString(3))), rs.getLong(5)));
    }

    @Override
    public List<OverseasStock.Sold> soldFromOverseasWarehouses(VendorId vendor) {
        return jdbc.query("""
                SELECT l.sku, o.destination, SUM(l.quantity)
                FROM export_order o JOIN export_order_line l ON l.order_no = o.order_no
                WHERE o.vendor_id = ? AND o.mode = ?
                GROUP BY l.sku, o.destination""", st -> {
                    st.setString(1, vendor.value());
                    st.setString(2, ExportMode.WAREHOUSE_9810.code());
                }, rs -> new OverseasStock.Sold(new Sku(rs.getString(1)), CountryCode.of(rs.getString(2)), rs.getInt(3)));
    }

    private List<ExportOrder> select(String where, Object... parameters) {
        record Head(String orderNo, String vendor, String marketplace, String marketplaceOrderId, String mode,
                    String destination, Instant soldAt, Currency currency, java.math.BigDecimal fee, String status,
                    String customsNote) {
        }
        List<Head> heads = jdbc.query("SELECT " + COLUMNS + " FROM export_order " + where, st -> {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
        }, rs -> new Head(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), Jdbc.utc(rs.getTimestamp(7)), Currency.getInstance(rs.getString(8)),
                rs.getBigDecimal(9), rs.getString(10), rs.getString(11)));
        if (heads.isEmpty()) {
            return List.of();
        }
        String marks = heads.stream().map(h -> "?").collect(Collectors.joining(", "));
        Map<String, Currency> currencies = heads.stream().collect(Collectors.toMap(Head::orderNo, Head::currency));
        // The lines are read the way the heads were: after a locking read (a twin pull that waited for the first),
        // a plain read would see the transaction's older snapshot, where the first pull's lines do not exist yet.
        String locking = where.endsWith("FOR UPDATE") ? " FOR UPDATE" : "";
        Map<String, List<ExportOrderLine>> lines = jdbc.query(
                "SELECT order_no, line_no, sku, quantity, unit_price FROM export_order_line WHERE order_no IN (" + marks
                        + ") ORDER BY order_no, line_no" + locking, st -> {
                    for (int i = 0; i < heads.size(); i++) {
                        st.setString(i + 1, heads.get(i).orderNo());
                    }
                }, rs -> Map.entry(rs.getString(1), new ExportOrderLine(rs.getInt(2), new Sku(rs.getString(3)),
                        rs.getInt(4), new Money(rs.getBigDecimal(5), currencies.get(rs.getString(1))))))
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return heads.stream().map(h -> new ExportOrder(h.orderNo(), new VendorId(h.vendor()), h.marketplace(),
                h.marketplaceOrderId(), ExportMode.ofCode(h.mode(), "mode"), CountryCode.of(h.destination()), h.soldAt(),
                h.currency(), lines.get(h.orderNo()), new Money(h.fee(), h.currency()),
                ExportOrderStatus.valueOf(h.status()), h.customsNote())).toList();
    }
}
