package io.kuajing.customs.application;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Write transactions that are retried when MySQL picks them as a deadlock victim (SQLState 40001, error 1213):
 * the whole transaction was rolled back, so running it again is safe. Anything else propagates.
 */
@Singleton
public class Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    private static final int ATTEMPTS = 5;

    private final TransactionOperations<Connection> operations;

    public Transactions(TransactionOperations<Connection> operations) {
        this.operations = operations;
    }

    public <T> T write(Supplier<T> work) {
        if (operations.findTransactionStatus().isPresent()) {
            // Joined: only the outermost transaction may retry, since a deadlock rolled back all of it.
            return operations.executeWrite(status -> work.get());
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return operations.executeWrite(status -> work.get());
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !isDeadlock(e)) {
                    throw e;
                }
                LOG.debug("deadlock victim, retrying (attempt {})", attempt);
            }
        }
    }

    public <T> T read(Supplier<T> work) {
        return operations.executeRead(status -> work.get());
    }

    static boolean isDeadlock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213)) {
                return true;
            }
        }
        return false;
    }
}
