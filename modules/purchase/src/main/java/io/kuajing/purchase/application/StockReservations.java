package io.kuajing.purchase.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.customs.BondedBook;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.purchase.domain.StockLedger;
import io.kuajing.purchase.domain.StockLevels;
import io.kuajing.purchase.domain.StockPool;
import jakarta.inject.Singleton;

/**
 * Stock held for orders from checkout until the goods leave: 闪购 lines hold units of the bonded account book (the
 * bonded warehouse's book, item = SKU), 直邮 and 直采 lines units of the marketplace offer they were priced from. A
 * line that finds too few units is refused at checkout naming its quantity; a cancelled, refused or unpaid order
 * gives its units back; a released or shipped one consumes them.
 */
@Singleton
class StockReservations {

    private final StockLedger ledger;
    private final StockLevels levels;
    private final BondedBook bondedBook;
    private final Clock clock;

    StockReservations(StockLedger ledger, StockLevels levels, BondedBook bondedBook, Clock clock) {
        this.ledger = ledger;
        this.levels = levels;
        this.bondedBook = bondedBook;
        this.clock = clock;
    }

    /** A line of an order to hold stock for: its number on the order (from 1) and the priced request line. */
    record Claim(String orderNo, int lineNo, PricedLine line) {
    }

    /**
     * Holds every claim in the caller's transaction, or refuses the first line whose pool is short of stock:
     * {@code lines[i].quantity}, rule {@code in-stock}.
     */
    void hold(List<Claim> claims) {
        List<StockLedger.Hold> holds = new ArrayList<>();
        Map<String, Integer> onHand = new HashMap<>(); // a pool two lines share is counted once
        for (Claim claim : claims) {
            StockPool pool = poolOf(claim.line());
            if (pool == null) {
                throw new RuleViolation("lines[" + claim.line().index() + "].quantity", "in-stock", "bonded warehouse "
                        + claim.line().price().warehouseCode() + " has no account book configured: nothing can leave it");
            }
            int counted = onHand.computeIfAbsent(pool.key(), key -> levels.onHand(pool));
            holds.add(new StockLedger.Hold(pool, counted, claim.orderNo(), claim.lineNo(), claim.line().quantity()));
        }
        ledger.hold(holds, clock.instant()).ifPresent(shortage -> {
            // holds.get(i) is claims.get(i)'s: the first line drawing on the short pool is named.
            int i = 0;
            while (!holds.get(i).pool().key().equals(shortage.pool().key())) {
                i++;
            }
            PricedLine line = claims.get(i).line();
            int left = shortage.available();
            throw new RuleViolation("lines[" + line.index() + "].quantity", "in-stock",
                    left == 0 ? line.sku() + " is out of stock" : "only " + left + " of " + line.sku() + " left");
        });
    }

    void release(String orderNo) {
        ledger.release(orderNo, clock.instant());
    }

    void consume(String orderNo) {
        ledger.consume(orderNo, clock.instant());
    }

    private StockPool poolOf(PricedLine line) {
        var price = line.price();
        if (price.mode() == FulfilmentMode.FLASH_PURCHASE) {
            return bondedBook.bookOf(price.warehouseCode())
                    .map(emsNo -> (StockPool) new StockPool.BondedItem(emsNo, line.sku())).orElse(null);
        }
        return new StockPool.Offer(price.marketplace(), price.externalRef(), price.sellerId(), price.warehouseCode(), line.sku());
    }
}
