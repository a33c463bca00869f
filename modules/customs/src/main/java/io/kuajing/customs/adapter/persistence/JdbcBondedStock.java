package io.kuajing.customs.adapter.persistence;

import java.math.BigDecimal;
import java.time.Instant;

import io.kuajing.customs.domain.bonded.BondedStock;
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
        return sql.one("SELECT quantity FROM customs_bonded_stock WHERE ems_no = ? AND item_no = ?",
                rs -> rs.getBigDecimal(1), emsNo, itemNo).orElse(BigDecimal.ZERO);
    }
}
