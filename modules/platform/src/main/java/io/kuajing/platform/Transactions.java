package io.kuajing.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Write transactions that run again when MySQL gave up on them for a lock: a deadlock victim (error 1213, SQLState
 * 40001) or a lock wait timeout (error 1205). Either way the whole transaction is rolled back before it is retried,
 * so running the work again is safe; the attempts are bounded and spaced with jitter so two instances that deadlocked
 * each other do not meet again at once. Anything else propagates at the first failure.
 *
 * <p>The work must not call the outside world (carriers, payment providers) unless that call is idempotent: it may
 * run more than once.
 */
@Singleton
public class Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    static final int ATTEMPTS = 5;
    private static final TransactionDefinition READ_COMMITTED = readCommitted();

    private final TransactionOperations<Connection> operations;

    public Transactions(TransactionOperations<Connection> operations) {
        this.operations = operations;
    }

    /** Runs {@code work} in a write transaction, retried on deadlock or lock wait timeout when it is the outermost one. */
    public <T> T write(Supplier<T> work) {
        return write(TransactionDefinition.DEFAULT, work);
    }

    /**
     * As {@link #write}, at READ COMMITTED when it is the outermost transaction (a joined one keeps the isolation it
     * began with): for claiming from, and settling, a queue that other transactions insert into at the same moment.
     * At REPEATABLE READ a statement that scans — an UPDATE or DELETE by a list of ids, read as a scan whenever the
     * optimizer believes the table small, as it does of a queue that keeps emptying — locks the gaps the inserts go
     * to and waits for their uncommitted rows, and the two deadlock again and again (the customs sandbox's inbox,
     * docs/performance.md). At READ COMMITTED no gap is locked, and an UPDATE passes over rows another transaction
     * holds that do not match.
     */
    public <T> T writeReadCommitted(Supplier<T> work) {
        return write(READ_COMMITTED, work);
    }

    private <T> T write(TransactionDefinition definition, Supplier<T> work) {
        if (operations.findTransactionStatus().isPresent()) {
            // Joined: only the outermost transaction may retry, since the database rolled back all of it.
            return operations.executeWrite(status -> work.get());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return operations.execute(definition, status -> work.get());
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isLockConflict(e)) {
                    throw e;
                }
                LOG.info("transaction lost a lock conflict ({}), retrying (attempt {} of {})", kind(e), attempt + 1, ATTEMPTS);
                pause(attempt);
            }
        }
    }

    public <T> T read(Supplier<T> work) {
        return operations.executeRead(status -> work.get());
    }

    /** Whether the database rolled {@code e}'s transaction back over a lock: deadlock (1213 / 40001) or lock wait timeout (1205). */
    public static boolean isLockConflict(Throwable e) {
        return kind(e) != null;
    }

    private static String kind(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                if ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213) {
                    return "deadlock";
                }
                if (sql.getErrorCode() == 1205) {
                    return "lock wait timeout";
                }
            }
        }
        return null;
    }

    /** 10-40 ms, then 20-80, 40-160...: long enough for the winner to commit, short against a request's patience. */
    private static void pause(int attempt) {
        long base = 10L << (attempt - 1);
        try {
            Thread.sleep(base + ThreadLocalRandom.current().nextLong(base * 3 + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry a transaction", e);
        }
    }

    private static TransactionDefinition readCommitted() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition(TransactionDefinition.DEFAULT);
        definition.setIsolationLevel(TransactionDefinition.Isolation.READ_COMMITTED);
        return definition;
    }
}
