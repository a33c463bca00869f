package io.kuajing.catalog.adapter.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
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

    private final TranslationDueRows due;
    private final ProductTextRows texts;
    private final ReviewRows reviews;
    private final CatalogWrites writes;

    JdbcTranslationWork(TranslationDueRows due, ProductTextRows texts, ReviewRows reviews, CatalogWrites writes) {
        this.due = due;
        this.texts = texts;
        this.reviews = reviews;
        this.writes = writes;
    }

    @Override
    public List<Sku> claim(Instant now, Instant leaseUntil, int limit) {
        return writes.bookkeeping(() -> {
            List<String> claimed = due.lockDue(UtcTime.text(now), limit);
            if (!claimed.isEmpty()) {
                due.lease(claimed, UtcTime.text(leaseUntil));
            }
            return claimed.stream().map(Sku::new).toList();
        });
    }

    @Override
    public void done(Collection<Sku> skus, Instant leaseUntil) {
        if (skus.isEmpty()) {
            return;
        }
        writes.bookkeeping(() -> {
            due.done(JdbcProducts.values(skus), UtcTime.text(leaseUntil));
            return null;
        });
    }

    @Override
    public long waiting() {
        return due.waiting();
    }

    @Override
    public int requeueWaiting(Instant now) {
        return writes.write(() -> due.requeueWaiting(UtcTime.text(now)));
    }

    @Override
    public Map<Sku, Map<TextField, TextRef>> of(Collection<Sku> skus) {
        Map<Sku, Map<TextField, TextRef>> refs = new HashMap<>();
        if (skus.isEmpty()) {
            return refs;
        }
        texts.ofSkus(JdbcProducts.values(skus)).forEach(row -> refs
                .computeIfAbsent(new Sku(row.sku()), s -> new EnumMap<>(TextField.class))
                .put(row.field(), new TextRef(row.sourceKey(), row.previousKey())));
        return refs;
    }

    @Override
    public void write(Map<Sku, Map<TextField, TextRef>> changed, Instant now) {
        LocalDateTime at = UtcTime.of(now);
        List<ProductTextRow> rows = new ArrayList<>();
        changed.forEach((sku, fields) -> fields.forEach((field, ref) ->
                rows.add(new ProductTextRow(sku.value(), field, ref.key(), ref.previousKey(), at))));
        if (rows.isEmpty()) {
            return;
        }
        writes.write(() -> texts.upsert(rows));
    }

    @Override
    public List<ReviewItem> find(ReviewItem.Filter filter, int offset, int limit) {
        return reviews.find(filter.marketplace(), field(filter), status(filter), pattern(filter), offset, limit).stream()
                .map(ReviewRow::item).toList();
    }

    @Override
    public long count(ReviewItem.Filter filter) {
        return reviews.count(filter.marketplace(), field(filter), status(filter), pattern(filter));
    }

    @Override
    public Map<MemoryEntry.ReviewStatus, Long> countByStatus() {
        Map<MemoryEntry.ReviewStatus, Long> counts = new EnumMap<>(MemoryEntry.ReviewStatus.class);
        for (MemoryEntry.ReviewStatus status : MemoryEntry.ReviewStatus.values()) {
            counts.put(status, count(new ReviewItem.Filter(status, null, null, null)));
        }
        return counts;
    }

    private static String field(ReviewItem.Filter f) {
        return f.field() == null ? null : f.field().name();
    }

    private static String status(ReviewItem.Filter f) {
        return f.status() == null ? null : f.status().name();
    }

    private static String pattern(ReviewItem.Filter f) {
        return f.text() == null || f.text().isBlank() ? null : "%" + JdbcProducts.escapeLike(f.text().strip()) + "%";
    }
}
