package io.kuajing.platform;

import java.time.Instant;
import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Events whose handler gave up after its last attempt. Nothing is dropped: an operator looks at them, fixes the
 * cause, and resubmits, which makes the publication due again with a fresh set of attempts.
 */
public interface FailedPublications {

    /** One event one handler could not handle. */
    @Serdeable
    record FailedPublication(long id, String eventId, String handler, String eventType, Instant publishedAt,
                             int attempts, String lastError) {
    }

    /** The oldest failures first, at most {@code limit}. */
    List<FailedPublication> list(int limit);

    /** @return false when there is no FAILED publication with that id (never resubmits a completed one) */
    boolean resubmit(long id);
}
