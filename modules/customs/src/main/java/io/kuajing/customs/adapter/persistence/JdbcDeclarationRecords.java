package io.kuajing.customs.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.kuajing.customs.Company;
import io.kuajing.customs.domain.declaration.Declaration;
import io.kuajing.customs.domain.declaration.DeclarationLine;
import io.kuajing.customs.domain.declaration.DeclarationRecords;
import io.kuajing.customs.domain.declaration.DeclarationStatus;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import io.kuajing.customs.domain.declaration.Receipt;
import io.kuajing.customs.domain.declaration.TaxBill;
import io.kuajing.customs.domain.quota.BuyerKey;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Regime;
import jakarta.inject.Singleton;

/** Declarations, their lines, sent messages, receipts and tax bills in the customs_ tables. */
@Singleton
class JdbcDeclarationRecords implements DeclarationRecords {

    private static final String INSERT = """
            INSERT IGNORE INTO customs_declaration (order_no, regime, port_code, ems_no, invt_no, ebp_code, ebp_name,
              ebc_code, ebc_name, agent_code, agent_name, logistics_code, logistics_name, logistics_no, buyer_key,
              buyer_masked, actural_paid, tax_total, status, pending_request, reason, released_on, return_requested_on,
              return_arrived_on, declared_at, updated_at, cop_no, pre_no, pay_transaction_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String INSERT_LINE = """
            INSERT INTO customs_declaration_line (order_no, gnum, item_no, item_name, hs_code, unit, qty, total_price,
              returned_qty, requested_return_qty) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private static final String SELECT = "SELECT * FROM customs_declaration WHERE order_no = ?";

    private static final String UPDATE = """
            UPDATE customs_declaration SET invt_no = ?, pre_no = ?, status = ?, pending_request = ?, reason = ?, released_on = ?,
              return_requested_on = ?, return_arrived_on = ?, updated_at = ? WHERE order_no = ?""";

    private static final String UPDATE_LINE = """
            UPDATE customs_declaration_line SET returned_qty = ?, requested_return_qty = ? WHERE order_no = ? AND gnum = ?""";

    private final Sql sql;

    JdbcDeclarationRecords(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean add(Declaration d, Instant now) {
        Declaration.Parties p = d.parties();
        int inserted = sql.update(INSERT, d.orderNo(), d.regime().code(), d.portCode(), d.emsNo(), d.invtNo(),
                p.platform().code(), p.platform().name(), p.seller().code(), p.seller().name(), p.agent().code(),
                p.agent().name(), p.logistics().code(), p.logistics().name(), d.logisticsNo(), d.buyer().hash(),
                d.buyer().masked(), d.acturalPaid(), d.taxTotal(), d.status(), d.pending(), d.reason(), d.releasedOn(),
                d.returnRequestedOn(), d.returnArrivedOn(), now, now, d.copNo(), d.preNo(), d.payTransactionId());
        if (inserted == 0) {
            return false;
        }
        for (DeclarationLine l : d.lines()) {
            sql.update(INSERT_LINE, d.orderNo(), l.gnum(), l.itemNo(), l.itemName(), l.hsCode().value(), l.unit(),
                    l.qty(), l.totalPrice(), l.returnedQty(), l.requestedReturnQty());
        }
        return true;
    }

    /**
     * The declaration's row is locked first, and everything is then read with locking reads, which see the latest
     * committed state. A plain read of the lines would come from the transaction's snapshot, taken before the wait
     * for the lock: a receipt that waited for a return request (or its approval) would then write the lines as they
     * were before it, losing the quantities on their way back (or already returned).
     */
    @Override
    public Optional<Declaration> lock(String orderNo) {
        if (sql.one("SELECT order_no FROM customs_declaration WHERE order_no = ? FOR UPDATE", rs -> rs.getString(1),
                orderNo).isEmpty()) {
            return Optional.empty();
        }
        return load(" FOR UPDATE", orderNo);
    }

    @Override
    public Optional<Declaration> find(String orderNo) {
        return load("", orderNo);
    }

    @Override
    public Optional<String> orderOfParcel(String logisticsNo) {
        return sql.one("SELECT order_no FROM customs_declaration WHERE logistics_no = ?", rs -> rs.getString(1), logisticsNo);
    }

    @Override
    public Optional<String> orderOf(Receipt r) {
        String[][] keys = {{"order_no", r.orderNo()}, {"cop_no", r.copNo()}, {"pre_no", r.preNo()},
                {"invt_no", r.invtNo()}, {"logistics_no", r.logisticsNo()}, {"pay_transaction_id", r.payTransactionId()}};
        return sql.firstOrderNo("customs_declaration", keys);
    }

    @Override
    public List<Parked> parked() {
        List<Parked> parked = new java.util.ArrayList<>(sql.query("""
                SELECT order_no, reason, updated_at FROM customs_declaration WHERE status = 'PARKED'""",
                rs -> new Parked(rs.getString(1), null, null, rs.getString(2), Sql.instant(rs, "updated_at"))));
        parked.addAll(sql.query("""
                SELECT order_no, message_type, guid, parked_reason, sent_at FROM customs_message
                WHERE parked_reason IS NOT NULL""", rs -> new Parked(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), Sql.instant(rs, "sent_at"))));
        parked.sort(java.util.Comparator.comparing(Parked::at));
        return parked;
    }

    @Override
    public void park(OutgoingMessage message, String reason, Instant now) {
        sql.update("INSERT INTO customs_message (guid, order_no, message_type, sent_at, xml, parked_reason) VALUES (?, ?, ?, ?, ?, ?)",
                message.guid(), message.orderNo(), message.type(), now, message.xml(),
                reason.length() > 1000 ? reason.substring(0, 1000) : reason);
    }

    @Override
    public void setAside(ReceiptAside a) {
        sql.update("""
                INSERT INTO customs_receipt_aside (source, message_type, identifiers, status_code, reason, set_aside_at)
                VALUES (?, ?, ?, ?, ?, ?)""", cut(a.source(), 255), a.messageType(), cut(a.identifiers(), 500),
                a.status(), cut(a.reason(), 1000), a.at());
    }

    @Override
    public List<ReceiptAside> setAside() {
        return sql.query("SELECT * FROM customs_receipt_aside ORDER BY set_aside_at, id", rs -> new ReceiptAside(
                rs.getString("source"), rs.getString("message_type"), rs.getString("identifiers"),
                rs.getObject("status_code") == null ? null : rs.getInt("status_code"), rs.getString("reason"),
                Sql.instant(rs, "set_aside_at")));
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private Optional<Declaration> load(String locking, String orderNo) {
        List<DeclarationLine> lines = sql.query("SELECT * FROM customs_declaration_line WHERE order_no = ? ORDER BY gnum"
                + locking, JdbcDeclarationRecords::line, orderNo);
        return sql.one(SELECT + locking, rs -> declaration(rs, lines), orderNo);
    }

    @Override
    public void update(Declaration d, Instant now) {
        sql.update(UPDATE, d.invtNo(), d.preNo(), d.status(), d.pending(), d.reason(), d.releasedOn(), d.returnRequestedOn(),
                d.returnArrivedOn(), now, d.orderNo());
        for (DeclarationLine l : d.lines()) {
            sql.update(UPDATE_LINE, l.returnedQty(), l.requestedReturnQty(), d.orderNo(), l.gnum());
        }
    }

    @Override
    public void sent(OutgoingMessage message, Instant now) {
        sql.update("INSERT INTO customs_message (guid, order_no, message_type, sent_at, xml) VALUES (?, ?, ?, ?, ?)",
                message.guid(), message.orderNo(), message.type(), now, message.xml());
    }

    @Override
    public List<SentMessage> messages(String orderNo) {
        // One change queues several messages at one instant (CEB311, 411, 511, 621): their numbers give the order.
        return sql.query("""
                SELECT message_type, sent_at, delivered_at, parked_reason, xml FROM customs_message
                WHERE order_no = ? ORDER BY sent_at, message_type""", rs -> new SentMessage(
                MessageType.valueOf(rs.getString("message_type")), Sql.instant(rs, "sent_at"),
                Sql.instant(rs, "delivered_at"),
                rs.getString("parked_reason"), rs.getBytes("xml")), orderNo);
    }

    @Override
    public List<OutgoingMessage> lockUndeliveredOf(String orderNo) {
        // A declaration's four messages are kept in one transaction (one sent_at): their types sort as they must be
        // sent (CEB311, 411, 511, then 621), and a later cancellation or return comes later still.
        return sql.query("""
                SELECT message_type, order_no, guid, xml FROM customs_message
                WHERE order_no = ? AND delivered_at IS NULL AND parked_reason IS NULL
                ORDER BY sent_at, message_type FOR UPDATE""",
                rs -> new OutgoingMessage(MessageType.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getBytes(4)), orderNo);
    }

    @Override
    public void delivered(String guid, Instant now) {
        sql.update("UPDATE customs_message SET delivered_at = ? WHERE guid = ?", now, guid);
    }

    @Override
    public boolean receiptOnce(Receipt r, Instant now) {
        return sql.update("""
                INSERT IGNORE INTO customs_receipt (order_no, message_type, status_code, info, receipt_time, received_at)
                VALUES (?, ?, ?, ?, ?, ?)""", r.orderNo(), r.type(), r.status(), r.info(), r.time(), now) == 1;
    }

    @Override
    public List<Receipt> receipts(String orderNo) {
        return sql.query("SELECT * FROM customs_receipt WHERE order_no = ? ORDER BY receipt_time, id",
                rs -> new Receipt(MessageType.valueOf(rs.getString("message_type")), rs.getString("order_no"),
                        rs.getInt("status_code"), rs.getString("info"), Sql.instant(rs, "receipt_time"), null, null),
                orderNo);
    }

    @Override
    public boolean taxBillOnce(String orderNo, TaxBill bill, Instant now) {
        return sql.update("""
                INSERT IGNORE INTO customs_tax_bill (tax_no, order_no, invt_no, customs_tax, value_added_tax, consumption_tax, issued_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", bill.taxNo(), orderNo, bill.invtNo(), bill.customsTax(),
                bill.valueAddedTax(), bill.consumptionTax(), now) == 1;
    }

    private static DeclarationLine line(ResultSet rs) throws SQLException {
        return new DeclarationLine(rs.getInt("gnum"), rs.getString("item_no"), rs.getString("item_name"),
                HsCode.of(rs.getString("hs_code")), rs.getString("unit"), rs.getBigDecimal("qty"),
                Sql.cny(rs, "total_price"), rs.getBigDecimal("returned_qty"), rs.getBigDecimal("requested_return_qty"));
    }

    private static Declaration declaration(ResultSet rs, List<DeclarationLine> lines) throws SQLException {
        String pending = rs.getString("pending_request");
        return new Declaration(rs.getString("order_no"), rs.getString("cop_no"), rs.getString("pay_transaction_id"),
                Regime.ofCode(rs.getString("regime")), rs.getString("port_code"),
                rs.getString("ems_no"),
                new Declaration.Parties(new Company(rs.getString("ebp_code"), rs.getString("ebp_name")),
                        new Company(rs.getString("ebc_code"), rs.getString("ebc_name")),
                        new Company(rs.getString("agent_code"), rs.getString("agent_name")),
                        new Company(rs.getString("logistics_code"), rs.getString("logistics_name"))),
                rs.getString("logistics_no"), new BuyerKey(rs.getString("buyer_key"), rs.getString("buyer_masked")),
                Sql.cny(rs, "actural_paid"), Sql.cny(rs, "tax_total"), lines, rs.getString("invt_no"),
                rs.getString("pre_no"),
                DeclarationStatus.valueOf(rs.getString("status")),
                pending == null ? null : Declaration.Pending.valueOf(pending), rs.getString("reason"),
                Sql.date(rs, "released_on"), Sql.date(rs, "return_requested_on"), Sql.date(rs, "return_arrived_on"));
    }
}
