package io.kuajing.customs.adapter.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.kuajing.customs.BondedItem;
import io.kuajing.customs.BookEntry;
import io.kuajing.customs.domain.bonded.BondedStock;
import io.kuajing.kernel.HsCode;
import jakarta.inject.Singleton;

/**
 * The bonded account book in MySQL: a movement row per (kind, reference, item) makes each booking count once;
 * a deduction is one conditional UPDATE ({@code quantity >= qty}), so concurrent releases can never take the
 * stock below zero (and the CHECK constraint would refuse it anyway).
 */
@Singleton
class JdbcBondedStock implements BondedStock {

    private static final String MOVEMENT = """
            INSERT IGNORE INTO customs_bonded_movement (ems_no, item_no, kind, reference, quantity, moved_at)
            VALUES (?, ?, ?, ?, ?, ?)""";

    private static final String ADD = """
            INSERT INTO customs_bonded_stock (ems_no, item_no, hs_code, item_name, quantity) VALUES (?, ?, ?, ?, ?)
            ON DUPLICATE KEY UPDATE quantity = quantity + VALUES(quantity)""";

    private static final String DEDUCT = """
            UPDATE customs_bonded_stock SET quantity = quantity - ? WHERE ems_no = ? AND item_no = ? AND quantity >= ?""";

    private static final String UNDO_MOVEMENT = """
            DELETE FROM customs_bonded_movement WHERE kind = ? AND reference = ? AND ems_no = ? AND item_no = ?""";

    private static final String ITEMS = "SELECT ems_no, item_no, hs_code, item_name, quantity FROM customs_bonded_stock WHERE ems_no = ?";

    private final Sql sql;

    JdbcBondedStock(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean add(String emsNo, String itemNo, String hsCode, String itemName, BigDecimal qty, Movement kind,
                       String reference, Instant now) {
        if (sql.update(MOVEMENT, emsNo, itemNo, kind, reference, qty, now) == 0) {
            return false;
        }
        sql.update(ADD, emsNo, itemNo, hsCode, itemName, qty);
        return true;
    }

    @Override
    public boolean deduct(String emsNo, String itemNo, BigDecimal qty, String reference, Instant now) {
        if (sql.update(MOVEMENT, emsNo, itemNo, Movement.RELEASE, reference, qty, now) == 0) {
            return true;
        }
        if (sql.update(DEDUCT, qty, emsNo, itemNo, qty) == 1) {
            return true;
        }
        sql.update(UNDO_MOVEMENT, Movement.RELEASE, reference, emsNo, itemNo);
        return false;
    }

    @Override
    public BigDecimal quantity(String emsNo, String itemNo) {
        return item(emsNo, itemNo).map(BondedItem::stock).orElse(BigDecimal.ZERO);
    }

    @Override
    public Optional<BondedItem> item(String emsNo, String itemNo) {
        return sql.one(ITEMS + " AND item_no = ?", JdbcBondedStock::item, emsNo, itemNo);
    }

    @Override
    public List<BondedItem> items(String emsNo) {
        return sql.query(ITEMS + " ORDER BY item_no", JdbcBondedStock::item, emsNo);
    }

    @Override
    public List<String> books() {
        return sql.query("SELECT DISTINCT ems_no FROM customs_bonded_stock ORDER BY ems_no", rs -> rs.getString("ems_no"));
    }

    @Override
    public List<BookEntry> movements(String emsNo, int limit) {
        // By id, not by time: movements booked within one clock tick keep the order they were booked in.
        return sql.query("""
                SELECT id, ems_no, item_no, kind, reference, quantity, moved_at FROM customs_bonded_movement
                WHERE ems_no = ? ORDER BY id DESC LIMIT ?""", rs -> new BookEntry(rs.getLong("id"), rs.getString("ems_no"),
                rs.getString("item_no"), rs.getString("kind"), rs.getString("reference"), rs.getBigDecimal("quantity"),
                Sql.instant(rs, "moved_at")), emsNo, limit);
    }

    private static BondedItem item(ResultSet rs) throws SQLException {
        return new BondedItem(rs.getString("ems_no"), rs.getString("item_no"), HsCode.of(rs.getString("hs_code")),
                rs.getString("item_name"), rs.getBigDecimal("quantity"));
    }
}
