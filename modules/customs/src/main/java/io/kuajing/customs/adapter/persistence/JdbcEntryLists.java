package io.kuajing.customs.adapter.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.kuajing.customs.BondedEntry;
import io.kuajing.customs.RecordedEntry;
import io.kuajing.customs.domain.bonded.EntryLists;
import io.kuajing.kernel.HsCode;
import jakarta.inject.Singleton;

/**
 * Entry lists in MySQL, keyed by the entry list number: a second recording of a number waits for the first to
 * commit on the key, then finds it, so two deliveries of one entry never book it twice.
 */
@Singleton
class JdbcEntryLists implements EntryLists {

    private final Sql sql;

    JdbcEntryLists(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean add(BondedEntry entry, Instant now) {
        if (sql.update("INSERT IGNORE INTO customs_bonded_entry (entry_no, ems_no, recorded_at) VALUES (?, ?, ?)",
                entry.entryNo(), entry.emsNo(), now) == 0) {
            return false;
        }
        for (int i = 0; i < entry.items().size(); i++) {
            BondedEntry.Item item = entry.items().get(i);
            sql.update("""
                    INSERT INTO customs_bonded_entry_item (entry_no, line_no, item_no, hs_code, item_name, qty)
                    VALUES (?, ?, ?, ?, ?, ?)""", entry.entryNo(), i + 1, item.itemNo(), item.hsCode().value(),
                    item.itemName(), item.qty());
        }
        return true;
    }

    @Override
    public Optional<RecordedEntry> recorded(String entryNo) {
        return sql.one("SELECT ems_no, recorded_at FROM customs_bonded_entry WHERE entry_no = ? FOR UPDATE",
                rs -> new RecordedEntry(new BondedEntry(rs.getString("ems_no"), entryNo, items(entryNo)),
                        Sql.instant(rs, "recorded_at"), true), entryNo);
    }

    private List<BondedEntry.Item> items(String entryNo) {
        return sql.query("""
                SELECT item_no, hs_code, item_name, qty FROM customs_bonded_entry_item WHERE entry_no = ?
                ORDER BY line_no, item_no FOR UPDATE""", rs -> new BondedEntry.Item(rs.getString("item_no"),
                HsCode.of(rs.getString("hs_code")), rs.getString("item_name"), rs.getBigDecimal("qty")), entryNo);
    }
}
