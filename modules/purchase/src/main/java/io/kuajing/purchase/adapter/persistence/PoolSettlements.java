package io.kuajing.purchase.adapter.persistence;

import java.sql.Connection;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

/**
 * What settling orders moves on their pools' counters, written as the transaction commits: every pool the
 * transaction settled, in key order, one UPDATE each.
 *
 * <p>Why at the commit: the outbox delivers a batch of orders' events in one transaction, and two batches settling
 * orders whose pools interleave (one settles an order of pool A, then one of pool B; the other one of B, then one of
 * A) locked the same pool rows in opposite orders and deadlocked, although each order's own pools were taken in key
 * order (docs/performance.md, Pipeline, eighth session). Gathered until the commit, a transaction's pools are locked
 * in one key order whatever orders it settled, each row once, and only for the commit's last moment.
 */
@Singleton
class PoolSettlements {

    private final TransactionOperations<Connection> operations;
    private final StockPoolRows pools;
    /** The open transactions' settlements by their connection: one per transaction, joined ones sharing it. */
    private final Map<Connection, Map<String, Move>> open = Collections.synchronizedMap(new IdentityHashMap<>());

    PoolSettlements(TransactionOperations<Connection> operations, StockPoolRows pools) {
        this.operations = operations;
        this.pools = pools;
    }

    /** {@code quantity} units leave the pool's held count, {@code sold} of them onto its sold count, at the commit. */
    void settle(String pool, int quantity, int sold, LocalDateTime at) {
        Optional<? extends TransactionStatus<?>> transaction = operations.findTransactionStatus();
        if (transaction.isEmpty()) {
            pools.settle(pool, quantity, sold, at);
            return;
        }
        Map<String, Move> moves = open.computeIfAbsent(operations.getConnection(),
                connection -> whenCommitting(transaction.get(), connection));
        moves.merge(pool, new Move(quantity, sold, at), Move::plus);
    }

    private Map<String, Move> whenCommitting(TransactionStatus<?> transaction, Connection connection) {
        Map<String, Move> moves = new TreeMap<>();
        // Registered on the outermost transaction (a joined one hands it on), so it runs at the real commit.
        transaction.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                moves.forEach((pool, move) -> pools.settle(pool, move.quantity(), move.sold(), move.at()));
            }

            @Override
            public void afterCompletion(Status status) {
                open.remove(connection);
            }
        });
        return moves;
    }

    private record Move(int quantity, int sold, LocalDateTime at) {
        Move plus(Move later) {
            return new Move(quantity + later.quantity, sold + later.sold, later.at);
        }
    }
}
