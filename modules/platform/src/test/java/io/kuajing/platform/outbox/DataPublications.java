package io.kuajing.platform.outbox;

import java.time.LocalDateTime;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * The outbox's hot statements as Micronaut Data JDBC would run them, for {@link OutboxWriteBenchmark} only: the same
 * SQL as {@link EventPublications}, as native {@code @Query} methods of a repository over a {@code @MappedEntity}
 * record, times bound as {@link LocalDateTime} (Data's way) rather than as text.
 */
final class DataPublications {

    private DataPublications() {
    }

    @MappedEntity("platform_event_publication")
    record PublicationRow(@Id @GeneratedValue @Nullable Long id, String eventId, String listenerId, String eventType,
                          String serializedEvent, LocalDateTime publicationDate, String status, int completionAttempts,
                          LocalDateTime nextAttemptAt, @Nullable String claimedBy, @Nullable LocalDateTime completionDate,
                          @Nullable LocalDateTime lastResubmissionDate, @Nullable String lastError) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface PublicationRows extends GenericRepository<PublicationRow, Long> {

        /** A JDBC batch of single-row inserts. */
        @Query("""
                INSERT INTO platform_event_publication (event_id, listener_id, event_type, serialized_event,
                  publication_date, status, completion_attempts, next_attempt_at)
                VALUES (:eventId, :listenerId, :eventType, :serializedEvent, :publicationDate, 'PUBLISHED', 0, :nextAttemptAt)""")
        void insert(List<PublicationRow> rows);

        @Query("""
                SELECT * FROM platform_event_publication
                WHERE status = 'PUBLISHED' AND next_attempt_at <= :now AND (lease_until IS NULL OR lease_until <= :now)
                LIMIT :limit FOR UPDATE SKIP LOCKED""")
        List<PublicationRow> claimable(LocalDateTime now, int limit);

        @Query("""
                UPDATE platform_event_publication
                SET claimed_by = :dispatcher,
                    last_resubmission_date = CASE WHEN lease_until IS NOT NULL THEN :now ELSE last_resubmission_date END,
                    lease_until = :leaseEnd
                WHERE id IN (:ids)""")
        void lease(List<Long> ids, String dispatcher, LocalDateTime leaseEnd, LocalDateTime now);

        @Query("""
                UPDATE platform_event_publication
                SET status = 'COMPLETED', completion_date = :now, completion_attempts = completion_attempts + 1,
                    claimed_by = NULL, lease_until = NULL
                WHERE id = :id AND claimed_by = :dispatcher AND status = 'PUBLISHED'""")
        int complete(long id, String dispatcher, LocalDateTime now);

        @Query("SELECT publication_date FROM platform_event_publication WHERE event_id = :eventId")
        List<LocalDateTime> publishedAt(String eventId);
    }
}
