package io.kuajing.catalog.adapter.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.catalog.domain.MemoryEntry;
import io.kuajing.catalog.domain.ProductTexts;
import io.kuajing.catalog.domain.ReviewItem;
import io.kuajing.catalog.domain.TextField;
import io.kuajing.catalog.domain.TranslationQueue;
import io.kuajing.catalog.domain.TranslationReviews;
import io.kuajing.kernel.Sku;
import jakarta.inject.Singleton;

/**
 * The translation worker's tables: the queue ({@code catalog_product.translation_due}), which text each product field
 * says ({@code catalog_product_text}), and the review queue read over them and the memory.
 */
@Singleton
class JdbcTranslationWork implements TranslationQueue, ProductTexts, TranslationReviews {

    // No ORDER BY: InnoDB walks the translation_due index and locks only the rows it returns (as the outbox does).
    private static final String CLAIMABLE = "SELECT sku FROM catalog_product WHERE translation_due <= ? LIMIT ? FOR UPDATE SKIP LOCKED";

    private final Jdbc jdbc;

    JdbcTranslationWork(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Sku> claim(Instant now, Instant leaseUntil, int limit) {
        return jdbc.bookkeeping(connection -> {
            List<Sku> claimed = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(CLAIMABLE)) {
                // As text, with its microseconds: Connector/J drops the fraction of a Timestamp on MariaDB, and an
                // import a few milliseconds ago would not be due yet.
                select.setString(1, Jdbc.utcText(now));
                select.setInt(2, limit);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        claimed.add(new Sku(rs.getString(1)));
                    }
                }
            }
            try (PreparedStatement lease = connection.prepareStatement("UPDATE catalog_product SET translation_due = ? WHERE sku = ?")) {
                for (Sku sku : claimed) {
                    lease.setString(1, Jdbc.utcText(leaseUntil));
                    lease.setString(2, sku.value());
                    lease.addBatch();
                }
                lease.executeBatch();
            }
            return claimed;
        });
    }

    @Override
    public void done(Collection<Sku> skus, Instant leaseUntil) {
        jdbc.bookkeeping(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "UPDATE catalog_product SET translation_due = NULL WHERE sku = ? AND translation_due = ?")) {
                for (Sku sku : skus) {
                    ps.setString(1, sku.value());
                    ps.setString(2, Jdbc.utcText(leaseUntil));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public long waiting() {
        return jdbc.query("SELECT COUNT(*) FROM catalog_product WHERE translation_due IS NOT NULL", rs -> rs.getLong(1)).get(0);
    }

    @Override
    public int requeueWaiting(Instant now) {
        return jdbc.update("UPDATE catalog_product SET translation_due = ? WHERE translation_due IS NULL AND sku IN"
                + " (SELECT t.sku FROM catalog_product_text t JOIN catalog_tm m ON m.source_key = t.source_key"
                + " WHERE m.draft_text IS NULL AND m.approved_text IS NULL)", Jdbc.utcText(now));
    }

    @Override
    public Map<Sku, Map<TextField, TextRef>> of(Collection<Sku> skus) {
        Map<Sku, Map<TextField, TextRef>> refs = new HashMap<>();
        if (skus.isEmpty()) {
            return refs;
        }
        jdbc.query("SELECT sku, field, source_key, previous_key FROM catalog_product_text WHERE sku IN ("
                        + Jdbc.placeholders(skus.size()) + ")",
                rs -> refs.computeIfAbsent(new Sku(rs.getString(1)), s -> new EnumMap<>(TextField.class))
                        .put(TextField.valueOf(rs.getString(2)), new TextRef(rs.getString(3), rs.getString(4))),
                skus.stream().map(Sku::value).toArray());
        return refs;
    }

    @Override
    public void write(Map<Sku, Map<TextField, TextRef>> changed, Instant now) {
        record Row(Sku sku, TextField field, TextRef ref) {
        }
        List<Row> rows = new ArrayList<>();
        changed.forEach((sku, fields) -> fields.forEach((field, ref) -> rows.add(new Row(sku, field, ref))));
        if (rows.isEmpty()) {
            return;
        }
        String at = Jdbc.utcText(now);
        jdbc.write(connection -> {
            Jdbc.insertRows(connection, "INSERT INTO catalog_product_text (sku, field, source_key, previous_key, updated_at) VALUES ",
                    5, " ON DUPLICATE KEY UPDATE source_key = VALUES(source_key), previous_key = VALUES(previous_key),"
                            + " updated_at = VALUES(updated_at)", rows, (ps, i, r) -> {
                        ps.setString(i++, r.sku().value());
                        ps.setString(i++, r.field().name());
                        ps.setString(i++, r.ref().key());
                        ps.setString(i++, r.ref().previousKey());
                        ps.setString(i++, at);
                        return i;
                    });
            return null;
        });
    }

    private static final String REVIEW_FROM = " FROM catalog_product_text t JOIN catalog_product p ON p.sku = t.sku"
            + " JOIN catalog_tm m ON m.source_key = t.source_key LEFT JOIN catalog_tm pm ON pm.source_key = t.previous_key"
            + " WHERE (? IS NULL OR p.source_marketplace = ?) AND (? IS NULL OR t.field = ?)"
            + " AND (? IS NULL OR (? = 'DRAFT' AND m.draft_text IS NOT NULL)"
            + " OR (? = 'APPROVED' AND m.draft_text IS NULL AND m.approved_text IS NOT NULL)"
            + " OR (? = 'WAITING' AND m.draft_text IS NULL AND m.approved_text IS NULL))"
            + " AND (? IS NULL OR m.source_text LIKE ? OR m.draft_text LIKE ? OR m.approved_text LIKE ?)";

    @Override
    public List<ReviewItem> find(ReviewItem.Filter filter, int offset, int limit) {
        Object[] args = append(args(filter), limit, offset);
        return jdbc.query("SELECT t.sku, t.field, p.source_marketplace, m.source_key, m.source_text, m.source_language,"
                + " m.draft_text, m.draft_origin, m.approved_text, m.approved_by, m.approved_at,"
                + " COALESCE(m.previous_text, pm.approved_text)" + REVIEW_FROM + " ORDER BY t.sku, t.field LIMIT ? OFFSET ?", rs -> {
            MemoryEntry entry = new MemoryEntry(rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                    rs.getString(8), rs.getString(9), rs.getString(10), Jdbc.instant(rs.getTimestamp(11)), rs.getString(12));
            return new ReviewItem(new Sku(rs.getString(1)), TextField.valueOf(rs.getString(2)), rs.getString(3), entry.key(),
                    entry.sourceText(), entry.sourceLanguage(), entry.status(), entry.draft(), entry.draftOrigin(),
                    entry.approved(), entry.approvedBy(), entry.approvedAt(), entry.previous());
        }, args);
    }

    @Override
    public long count(ReviewItem.Filter filter) {
        return jdbc.query("SELECT COUNT(*)" + REVIEW_FROM, rs -> rs.getLong(1), args(filter)).get(0);
    }

    @Override
    public Map<MemoryEntry.ReviewStatus, Long> countByStatus() {
        Map<MemoryEntry.ReviewStatus, Long> counts = new EnumMap<>(MemoryEntry.ReviewStatus.class);
        for (MemoryEntry.ReviewStatus status : MemoryEntry.ReviewStatus.values()) {
            counts.put(status, count(new ReviewItem.Filter(status, null, null, null)));
        }
        return counts;
    }

    private static Object[] args(ReviewItem.Filter f) {
        String status = f.status() == null ? null : f.status().name();
        String field = f.field() == null ? null : f.field().name();
        String text = f.text() == null || f.text().isBlank() ? null
                : "%" + f.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return new Object[] {f.marketplace(), f.marketplace(), field, field, status, status, status, status,
                text, text, text, text};
    }

    private static Object[] append(Object[] args, Object... more) {
        Object[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }
}
