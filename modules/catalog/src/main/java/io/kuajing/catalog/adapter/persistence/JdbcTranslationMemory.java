package io.kuajing.catalog.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.catalog.domain.MemoryEntry;
import io.kuajing.catalog.domain.TranslationMemory;
import jakarta.inject.Singleton;

/** The translation memory in {@code catalog_tm}, one row per source text and language pair. */
@Singleton
class JdbcTranslationMemory implements TranslationMemory {

    private static final String COLUMNS = "source_key, source_text, source_language, draft_text, draft_origin, "
            + "approved_text, approved_by, approved_at, previous_text";

    private final Jdbc jdbc;

    JdbcTranslationMemory(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, MemoryEntry> entries(Collection<String> keys) {
        Map<String, MemoryEntry> found = new HashMap<>();
        for (List<String> chunk : chunks(keys)) {
            jdbc.query("SELECT " + COLUMNS + " FROM catalog_tm WHERE source_key IN (" + Jdbc.placeholders(chunk.size()) + ")",
                    JdbcTranslationMemory::entry, chunk.toArray()).forEach(e -> found.put(e.key(), e));
        }
        return found;
    }

    @Override
    public Map<String, String> approved(Collection<String> keys) {
        Map<String, String> found = new HashMap<>();
        for (List<String> chunk : chunks(keys)) {
            jdbc.query("SELECT source_key, approved_text FROM catalog_tm WHERE approved_text IS NOT NULL AND source_key IN ("
                    + Jdbc.placeholders(chunk.size()) + ")", rs -> found.put(rs.getString(1), rs.getString(2)), chunk.toArray());
        }
        return found;
    }

    @Override
    public void addNew(List<MemoryEntry> entries, Instant now) {
        if (entries.isEmpty()) {
            return;
        }
        String at = Jdbc.utcText(now);
        // Another instance may have added the same text meanwhile: its entry stays (source_key = source_key is a no-op).
        jdbc.write(connection -> {
            Jdbc.insertRows(connection, "INSERT INTO catalog_tm (source_key, source_language, target_language, source_text,"
                            + " draft_text, draft_origin, approved_text, approved_by, approved_at, created_at, updated_at) VALUES ",
                    11, " ON DUPLICATE KEY UPDATE source_key = source_key", List.copyOf(entries), (ps, i, e) -> {
                        ps.setString(i++, e.key());
                        ps.setString(i++, e.sourceLanguage());
                        ps.setString(i++, "zh-CN");
                        ps.setString(i++, e.sourceText());
                        ps.setString(i++, e.draft());
                        ps.setString(i++, e.draftOrigin());
                        ps.setString(i++, e.approved());
                        ps.setString(i++, e.approvedBy());
                        ps.setString(i++, e.approvedAt() == null ? null : Jdbc.utcText(e.approvedAt()));
                        ps.setString(i++, at);
                        ps.setString(i++, at);
                        return i;
                    });
            return null;
        });
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
                written += jdbc.update("UPDATE catalog_tm SET approved_text = ?, approved_by = ?, approved_at = ?, draft_text = NULL,"
                        + " updated_at = ? WHERE source_key = ? AND approved_text IS NULL", e.approved(), e.approvedBy(),
                        e.approvedAt(), now, e.key());
            }
        }
        addNew(absent, now);
        return written + absent.size();
    }

    @Override
    public Optional<MemoryEntry> entry(String key) {
        return jdbc.query("SELECT " + COLUMNS + " FROM catalog_tm WHERE source_key = ?", JdbcTranslationMemory::entry, key)
                .stream().findFirst();
    }

    @Override
    public boolean edit(String key, String draft, String origin, Instant now) {
        return jdbc.update("UPDATE catalog_tm SET draft_text = ?, draft_origin = ?, updated_at = ? WHERE source_key = ?",
                draft, origin, now, key) > 0;
    }

    @Override
    public boolean approve(String key, String text, String by, Instant now) {
        // One statement: the approved text it replaces becomes the previous one. Each right-hand side reads only columns
        // assigned after it, so MySQL's left-to-right SET and H2's standard one read the same old row.
        return jdbc.update("UPDATE catalog_tm SET previous_text = CASE WHEN approved_text IS NULL THEN previous_text ELSE approved_text END,"
                        + " approved_text = COALESCE(?, draft_text), approved_by = ?, approved_at = ?, draft_text = NULL, updated_at = ?"
                        + " WHERE source_key = ? AND (? IS NOT NULL OR draft_text IS NOT NULL)",
                text, by, now, now, key, text) > 0;
    }

    static MemoryEntry entry(ResultSet rs) throws SQLException {
        return new MemoryEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), Jdbc.instant(rs.getTimestamp(8)), rs.getString(9));
    }

    static List<List<String>> chunks(Collection<String> values) {
        List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(values));
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += 1000) {
            chunks.add(distinct.subList(from, Math.min(distinct.size(), from + 1000)));
        }
        return chunks;
    }
}
