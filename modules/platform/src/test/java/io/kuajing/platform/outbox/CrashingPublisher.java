package io.kuajing.platform.outbox;

import java.sql.Connection;
import java.util.Map;

import io.kuajing.platform.Outbox;
import io.micronaut.context.ApplicationContext;
import io.micronaut.transaction.TransactionOperations;

/**
 * Run as a separate JVM by {@link OutboxCrashRecoveryTest}: commits a business transaction with an event and
 * then dies on the spot, before any dispatcher could deliver it (its own dispatcher is off).
 */
public final class CrashingPublisher {

    static final int DIED = 77;

    private CrashingPublisher() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) {
        ApplicationContext context = ApplicationContext.builder()
                .environments("test")
                .properties(Map.of(
                        "datasources.default.url", args[0],
                        "datasources.default.username", args[1],
                        "datasources.default.password", args.length > 3 ? args[3] : "",
                        "datasources.default.dialect", "MYSQL",
                        "kuajing.outbox.dispatcher-enabled", "false"))
                .start();
        TransactionOperations<Connection> tx = context.getBean(TransactionOperations.class);
        Outbox outbox = context.getBean(Outbox.class);
        tx.executeWrite(status -> {
            outbox.publish(new Probe.Pinged(args[2], 0));
            return null;
        });
        Runtime.getRuntime().halt(DIED);
    }
}
