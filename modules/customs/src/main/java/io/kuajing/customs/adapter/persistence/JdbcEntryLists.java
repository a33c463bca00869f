package io.kuajing.customs.adapter.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import io.kuajing.customs.BondedEntry;
import io.kuajing.customs.RecordedEntry;
import io.kuajing.customs.domain.bonded.EntryLists;
import io.kuajing.platform.UtcTime;
import jakarta.inject.Singleton;

/**
 * Entry lists in MySQL, keyed by the entry list number: a second recording of a number waits for the first to
 * commit on the key, then finds it, so two deliveries of one entry never book it twice.
 */
@Singleton
class JdbcEntryLists implements EntryLists {

    private final EntryRows entries;
    private final EntryItemRows items;

    JdbcEntryLists(EntryRows entries, EntryItemRows items) {
        this.entries = entries;
        this.items = items;
    }

    @Override
    public boolean add(BondedEntry entry, Instant now) {
        if (entries.insertOnce(entry.entryNo(), entry.emsNo(), UtcTime.of(now)) == 0) {
            return false;
        }
        List<BondedEntry.Item> goods = entry.items();
        items.insert(IntStream.range(0, goods.size())
                .mapToObj(i -> EntryItemRow.of(entry.entryNo(), i + 1, goods.get(i))).toList());
        return true;
    }

    @Override
    public Optional<RecordedEntry> recorded(String entryNo) {
        return entries.lock(entryNo).map(row -> recordedEntry(row, items.lockedOf(entryNo)));
    }

    @Override
    public RecordedEntry added(String entryNo) {
        return recordedEntry(entries.of(entryNo).orElseThrow(), items.of(entryNo));
    }

    private static RecordedEntry recordedEntry(EntryRow row, List<EntryItemRow> rows) {
        return new RecordedEntry(new BondedEntry(row.emsNo(), row.entryNo(), rows.stream().map(EntryItemRow::item).toList()),
                UtcTime.instant(row.recordedAt()), true);
    }
}
