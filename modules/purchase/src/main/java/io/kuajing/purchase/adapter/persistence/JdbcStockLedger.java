package io.kuajing.purchase.adapter.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.kuajing.platform.UtcTime;
import io.kuajing.purchase.domain.StockLedger;
import io.kuajing.purchase.domain.StockPool;
import jakarta.inject.Singleton;

/**
 * The reservation ledger in purchase_stock_pool (one row per pool: the counter and the lock) and
 * purchase_stock_reservation (one row per order line). A hold is one conditional UPDATE on the pool row, so it reads
 * the latest committed counter whatever the transaction's snapshot, and concurrent holds queue on the row lock.
 */
@Singleton
class JdbcStockLedger implements StockLedger {

    private static final String BONDED = "bonded:";
    private static final String CONSUMED = "CONSUMED";

    private final StockPoolRows pools;
    private final StockReservationRows reservations;
    private final PoolSettlements settlements;
    /** Pools whose row this node saw made or held: at most one per offer and bonded item sold. */
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    JdbcStockLedger(StockPoolRows pools, StockReservationRows reservations, PoolSettlements settlements) {
        this.pools = pools;
        this.reservations = reservations;
        this.settlements = settlements;
    }

    /**
     * A pool's row, once made, is never deleted. For a pool this node has held from before, one guarded UPDATE takes
     * the new count and the units; any other is first created or locked by the upsert, since an UPDATE of a missing
     * row locks the gap where it would go, and two checkouts making new pools in one gap each waited to insert into
     * the other's (docs/adr/0020). A pool whose first hold was rolled back is missing though known: its UPDATE finds
     * nothing and the hold is made again the long way.
     */
    @Override
    public boolean hold(StockPool pool, int sourceCount, String orderNo, int lineNo, int quantity, Instant now) {
        LocalDateTime at = UtcTime.of(now);
        String key = pool.key();
        if (!known.contains(key) || pools.countAndHold(key, quantity, sourceCount, at) == 0) {
            pools.count(key, sourceCount, at);
            if (pools.hold(key, quantity, sourceCount, at) == 0) {
                return false;
            }
            known.add(key);
        }
        reservations.hold(orderNo, lineNo, key, quantity, at);
        return true;
    }

    @Override
    public int available(StockPool pool, int sourceCount) {
        return pools.findById(pool.key()).map(row -> {
            int sold = row.sourceCount() != null && row.sourceCount() == sourceCount ? row.sold() : 0;
            return Math.max(0, sourceCount - row.held() - sold);
        }).orElse(Math.max(0, sourceCount));
    }

    @Override
    public void release(String orderNo, Instant now) {
        settle(orderNo, "RELEASED", now);
    }

    @Override
    public void consume(String orderNo, Instant now) {
        settle(orderNo, CONSUMED, now);
    }

    /**
     * Settles the order's HELD lines once: read under lock and mark them now, and move each line's units off its
     * pool's held count as the transaction commits, with the other orders' it settled, pools in key order.
     */
    private void settle(String orderNo, String state, Instant now) {
        LocalDateTime at = UtcTime.of(now);
        for (StockReservationRow held : reservations.lockedHeldOf(orderNo)) {
            reservations.settle(orderNo, held.lineNo(), state, at);
            // Consumed units of an offer stay counted as sold until the marketplace counts again; the bonded book is
            // deducted by customs at release, so its consumed units simply stop being held.
            boolean stillCounted = CONSUMED.equals(state) && !held.pool().startsWith(BONDED);
            settlements.settle(held.pool(), held.quantity(), stillCounted ? held.quantity() : 0, at);
        }
    }
}
