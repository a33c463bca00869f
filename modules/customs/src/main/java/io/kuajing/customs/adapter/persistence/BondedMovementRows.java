package io.kuajing.customs.adapter.persistence;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code customs_bonded_movement}, on the caller's transaction: the unique key makes each booking count once. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface BondedMovementRows extends GenericRepository<BondedMovementRow, Long> {

    @Query("""
            INSERT IGNORE INTO customs_bonded_movement (ems_no, item_no, kind, reference, quantity, moved_at)
            VALUES (:emsNo, :itemNo, :kind, :reference, :qty, :at)""")
    int insertOnce(String emsNo, String itemNo, String kind, String reference, BigDecimal qty, LocalDateTime at);

    @Query("DELETE FROM customs_bonded_movement WHERE kind = :kind AND reference = :reference AND ems_no = :emsNo AND item_no = :itemNo")
    void undo(String kind, String reference, String emsNo, String itemNo);

    /** By id, not by time: movements booked within one clock tick keep the order they were booked in. */
    @Query("SELECT * FROM customs_bonded_movement WHERE ems_no = :emsNo ORDER BY id DESC LIMIT :limit")
    List<BondedMovementRow> latest(String emsNo, int limit);
}
