package io.kuajing.customs;

import java.time.Instant;

/**
 * An entry list as the account book recorded it, and when. {@code repeated} is true when it had been recorded
 * before and booking it again changed nothing.
 */
public record RecordedEntry(BondedEntry entry, Instant recordedAt, boolean repeated) {
}
