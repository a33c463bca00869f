package io.kuajing.platform.outbox;

import java.time.Instant;

/** One stored event for one handler, as claimed by a dispatcher. */
record Publication(long id, String eventId, String listenerId, String serializedEvent, Instant publishedAt,
                   int attempts) {
}
