package io.kuajing.customs.adapter.persistence;

import java.util.List;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/** {@code customs_bonded_entry_item}, on the caller's transaction. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface EntryItemRows extends GenericRepository<EntryItemRow, Void> {

    /** One JDBC batch for an entry's items. */
    @Query("""
            INSERT INTO customs_bonded_entry_item (entry_no, line_no, item_no, hs_code, item_name, qty)
            VALUES (:entryNo, :lineNo, :itemNo, :hsCode, :itemName, :qty)""")
    void insert(List<EntryItemRow> rows);

    /** Read after the entry's row lock, with a locking read: the latest committed items, not the snapshot's. */
    @Query("SELECT * FROM customs_bonded_entry_item WHERE entry_no = :entryNo ORDER BY line_no, item_no FOR UPDATE")
    List<EntryItemRow> lockedOf(String entryNo);

    @Query("SELECT * FROM customs_bonded_entry_item WHERE entry_no = :entryNo ORDER BY line_no, item_no")
    List<EntryItemRow> of(String entryNo);
}
