package io.kuajing.catalog.adapter.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.catalog.domain.MemoryEntry;
import io.kuajing.catalog.domain.TranslationMemory;
import jakarta.inject.Singleton;

/** The translation memory in {@code catalog_tm}, one row per source text and language pair. */
@Singleton
class JdbcTranslationMemory implements TranslationMemory {

    /** Keys per IN list: the texts of a large batch are read in a few statements of bounded size. */
    private static final int KEYS_PER_QUERY = 1000;

    private final MemoryRows rows;
    private final CatalogWrites writes;

    JdbcTranslationMemory(MemoryRows rows, CatalogWrites writes) {
        this.rows = rows;
        this.writes = writes;
    }

    @Override
    public Map<String, MemoryEntry> entries(Collection<String> keys) {
        Map<String, MemoryEntry> found = new HashMap<>();
        for (List<String> chunk : chunks(keys)) {
            rows.findBySourceKeyIn(chunk).forEach(row -> found.put(row.sourceKey(), row.entry()));
        }
        return found;
    }

    @Override
    public Map<String, String> approved(Collection<String> keys) {
        Map<String, String> found = new HashMap<>();
        for (List<String> chunk : chunks(keys)) {
            rows.approved(chunk).forEach(row -> found.put(row.sourceKey(), row.approvedText()));
        }
        return found;
    }

    @Override
    public void addNew(List<MemoryEntry> entries, Instant now) {
        if (entries.isEmpty()) {
            return;
        }
        LocalDateTime at = UtcTime.of(now);
        writes.write(() -> rows.insertAbsent(entries.stream().map(e -> MemoryRow.of(e, at)).toList()));
    }

    @Override
    public int addReviewed(List<MemoryEntry> entries, Instant now) {
        Map<String, MemoryEntry> known = entries(entries.stream().map(MemoryEntry::key).toList());
        List<MemoryEntry> absent = new ArrayList<>();
        int written = 0;
        for (MemoryEntry e : entries) {
            MemoryEntry there = known.get(e.key());
            if (there == null) {
                absent.add(e);
            } else if (there.approved() == null) {
                // A machine draft or a waiting text: the reviewed translation is approved, the draft set aside.
                written += writes.write(() -> rows.approveUnapproved(e.key(), e.approved(), e.approvedBy(),
                        UtcTime.of(e.approvedAt()), UtcTime.of(now)));
            }
        }
        addNew(absent, now);
        return written + absent.size();
    }

    @Override
    public Optional<MemoryEntry> entry(String key) {
        return rows.findById(key).map(MemoryRow::entry);
    }

    @Override
    public boolean edit(String key, String draft, String origin, Instant now) {
        return writes.write(() -> rows.edit(key, draft, origin, UtcTime.of(now))) > 0;
    }

    @Override
    public boolean approve(String key, String text, String by, Instant now) {
        return writes.write(() -> rows.approve(key, text, by, UtcTime.of(now))) > 0;
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(values));
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += KEYS_PER_QUERY) {
            chunks.add(distinct.subList(from, Math.min(distinct.size(), from + KEYS_PER_QUERY)));
        }
        return chunks;
    }
}
