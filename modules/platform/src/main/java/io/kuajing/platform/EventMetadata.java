package io.kuajing.platform;

import java.time.Instant;

/** Facts about one delivery of an event to one handler. {@code attempt} counts from 1 (again after an operator resubmits). */
public record EventMetadata(String eventId, Instant publishedAt, int attempt) {
}
