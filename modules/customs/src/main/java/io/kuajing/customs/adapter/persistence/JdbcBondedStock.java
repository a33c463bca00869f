package io.kuajing.customs.adapter.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.kuajing.customs.BondedItem;
import io.kuajing.customs.BookEntry;
import io.kuajing.customs.domain.bonded.BondedStock;
import io.kuajing.platform.UtcTime;
import jakarta.inject.Singleton;

/**
 * The bonded account book in MySQL: a movement row per (kind, reference, item) makes each booking count once;
 * a deduction is one conditional UPDATE ({@code quantity >= qty}), so concurrent releases can never take the
 * stock below zero (and the CHECK constraint would refuse it anyway).
 */
@Singleton
class JdbcBondedStock implements BondedStock {

    private final BondedStockRows stock;
    private final BondedMovementRows movements;

    JdbcBondedStock(BondedStockRows stock, BondedMovementRows movements) {
        this.stock = stock;
        this.movements = movements;
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
        return item(emsNo, itemNo).map(BondedItem::stock).orElse(BigDecimal.ZERO);
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
