package io.kuajing.customs.adapter.persistence;

import java.time.LocalDateTime;
import java.util.Optional;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * {@code customs_bonded_entry}, on the caller's transaction: a second recording of a number waits for the first to
 * commit on the key, then finds it, so two deliveries of one entry never book it twice.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface EntryRows extends GenericRepository<EntryRow, String> {

    @Query("INSERT IGNORE INTO customs_bonded_entry (entry_no, ems_no, recorded_at) VALUES (:entryNo, :emsNo, :at)")
    int insertOnce(String entryNo, String emsNo, LocalDateTime at);

    @Query("SELECT * FROM customs_bonded_entry WHERE entry_no = :entryNo FOR UPDATE")
    Optional<EntryRow> lock(String entryNo);

    @Query("SELECT * FROM customs_bonded_entry WHERE entry_no = :entryNo")
    Optional<EntryRow> of(String entryNo);
}
