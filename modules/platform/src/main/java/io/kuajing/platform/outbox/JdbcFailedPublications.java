package io.kuajing.platform.outbox;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;

import io.kuajing.platform.FailedPublications;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

/** Failed publications from the outbox table; a resubmission wakes the dispatcher once it commits. */
@Singleton
class JdbcFailedPublications implements FailedPublications {

    private final EventPublications publications;
    private final TransactionOperations<Connection> transactions;
    private final ApplicationEventPublisher<OutboxCommitted> commits;
    private final Clock clock;

    JdbcFailedPublications(EventPublications publications, TransactionOperations<Connection> transactions,
                           ApplicationEventPublisher<OutboxCommitted> commits, Clock clock) {
        this.publications = publications;
        this.transactions = transactions;
        this.commits = commits;
        this.clock = clock;
    }

    @Override
    public List<FailedPublication> list(int limit) {
        return transactions.executeRead(status -> publications.failed(Math.max(1, Math.min(limit, 500))));
    }

    @Override
    public boolean resubmit(long id) {
        return transactions.executeWrite(status -> {
            boolean resubmitted = publications.resubmit(id, clock.instant());
            if (resubmitted) {
                commits.publishEvent(new OutboxCommitted());
            }
            return resubmitted;
        });
    }
}
