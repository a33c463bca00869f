package io.kuajing.catalog.adapter.persistence;

import java.sql.Connection;
import java.util.function.Supplier;

import io.kuajing.catalog.domain.CatalogChanges;
import io.kuajing.platform.Transactions;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

/**
 * The one way the catalog's adapters write: in the platform's {@link Transactions} (joining the caller's transaction,
 * or opening one retried on a deadlock or lock wait timeout), which the generated repositories and the hand-written
 * import statements alike run on.
 */
@Singleton
class CatalogWrites {

    private final Transactions transactions;
    private final TransactionOperations<Connection> operations;
    private final CatalogChanges changes;

    CatalogWrites(Transactions transactions, TransactionOperations<Connection> operations, CatalogChanges changes) {
        this.transactions = transactions;
        this.operations = operations;
        this.changes = changes;
    }

    /**
     * Every write tells {@link CatalogChanges}: when it is made, and when its transaction ends, so that a page read
     * meanwhile from the data as last committed is not kept as current after the commit.
     */
    <T> T write(Supplier<T> work) {
        return transactions.write(() -> {
            changes.changed();
            operations.findTransactionStatus().ifPresent(status -> status.registerSynchronization(
                    new TransactionSynchronization() {
                        @Override
                        public void afterCompletion(Status completion) {
                            changes.changed();
                        }
                    }));
            return work.get();
        });
    }

    void write(Runnable work) {
        write(() -> {
            work.run();
            return null;
        });
    }

    /**
     * A write that changes nothing a product page shows (a worker's lease on its next items): {@link CatalogChanges}
     * is not told, so the translation worker's polling does not empty the page cache every few seconds.
     */
    <T> T bookkeeping(Supplier<T> work) {
        return transactions.write(work);
    }
}
