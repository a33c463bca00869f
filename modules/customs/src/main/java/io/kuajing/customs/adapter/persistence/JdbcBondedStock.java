package io.kuajing.customs.adapter.persistence;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.kuajing.customs.BondedItem;
import io.kuajing.customs.BookEntry;
import io.kuajing.customs.domain.bonded.BondedStock;
import io.kuajing.platform.UtcTime;
import io.kuajing.platform.jdbc.Statements;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/**
 * The bonded account book in MySQL: a movement row per (kind, reference, item) makes each booking count once;
 * a deduction is one conditional UPDATE ({@code quantity >= qty}), so concurrent releases can never take the
 * stock below zero (and the CHECK constraint would refuse it anyway).
 */
@Singleton
class JdbcBondedStock implements BondedStock {

    private static final String QUANTITY = "SELECT quantity FROM customs_bonded_stock WHERE ems_no = ? AND item_no = ?";

    private final BondedStockRows stock;
    private final BondedMovementRows movements;
    private final TransactionOperations<Connection> connections;

    JdbcBondedStock(BondedStockRows stock, BondedMovementRows movements, TransactionOperations<Connection> connections) {
        this.stock = stock;
        this.movements = movements;
        this.connections = connections;
    }

    @Override
    public boolean add(String emsNo, String itemNo, String hsCode, String itemName, BigDecimal qty, Movement kind,
                       String reference, Instant now) {
        if (movements.insertOnce(emsNo, itemNo, kind.name(), reference, qty, UtcTime.of(now)) == 0) {
            return false;
        }
        stock.add(emsNo, itemNo, hsCode, itemName, qty);
        return true;
    }

    @Override
    public boolean deduct(String emsNo, String itemNo, BigDecimal qty, String reference, Instant now) {
        if (movements.insertOnce(emsNo, itemNo, Movement.RELEASE.name(), reference, qty, UtcTime.of(now)) == 0) {
            return true;
        }
        if (stock.deduct(emsNo, itemNo, qty) == 1) {
            return true;
        }
        movements.undo(Movement.RELEASE.name(), reference, emsNo, itemNo);
        return false;
    }

    @Override
    public BigDecimal quantity(String emsNo, String itemNo) {
        // Every bonded checkout reads this count: one column by hand, not the whole row through Micronaut Data's
        // repository, which cost more CPU than the statement (docs/performance.md, "Checkout", ADR 0044).
        try {
            return Statements.firstValue(connections.getConnection(), QUANTITY, BigDecimal.class, emsNo, itemNo)
                    .orElse(BigDecimal.ZERO);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the stock of item " + itemNo + " of account book " + emsNo
                    + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<BondedItem> item(String emsNo, String itemNo) {
        return stock.item(emsNo, itemNo).map(BondedItemRow::item);
    }

    @Override
    public List<BondedItem> items(String emsNo) {
        return stock.items(emsNo).stream().map(BondedItemRow::item).toList();
    }

    @Override
    public List<String> books() {
        return stock.books();
    }

    @Override
    public List<BookEntry> movements(String emsNo, int limit) {
        return movements.latest(emsNo, limit).stream().map(BondedMovementRow::entry).toList();
    }
}
