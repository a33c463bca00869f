package io.kuajing.catalog.application;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.kuajing.catalog.ReviewingTranslations;
import io.kuajing.catalog.domain.GlossaryTerm;
import io.kuajing.catalog.domain.GlossaryTerms;
import io.kuajing.catalog.domain.MemoryEntry;
import io.kuajing.catalog.domain.Products;
import io.kuajing.catalog.domain.ReviewItem;
import io.kuajing.catalog.domain.SeededReference;
import io.kuajing.catalog.domain.TextDiff;
import io.kuajing.catalog.domain.TextField;
import io.kuajing.catalog.domain.TranslationMemory;
import io.kuajing.catalog.domain.TranslationQueue;
import io.kuajing.catalog.domain.TranslationReviews;
import io.kuajing.kernel.RuleViolation;
import io.kuajing.platform.Transactions;
import jakarta.inject.Singleton;

/** The operators' review of the zh-CN pipeline and their glossary. */
@Singleton
class Reviewing implements ReviewingTranslations {

    static final int MAX_TEXT = 20_000;

    private final TranslationReviews reviews;
    private final TranslationMemory memory;
    private final TranslationQueue queue;
    private final GlossaryTerms glossary;
    private final Products products;
    private final TranslationPipeline pipeline;
    private final SeededReference seeded;
    private final Transactions transactions;
    private final Clock clock;

    Reviewing(TranslationReviews reviews, TranslationMemory memory, TranslationQueue queue, GlossaryTerms glossary,
              Products products, TranslationPipeline pipeline, SeededReference seeded, Transactions transactions,
              Clock clock) {
        this.reviews = reviews;
        this.memory = memory;
        this.queue = queue;
        this.glossary = glossary;
        this.products = products;
        this.pipeline = pipeline;
        this.seeded = seeded;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Page queue(String status, String marketplace, String field, String text, int page, int size) {
        ReviewItem.Filter filter = new ReviewItem.Filter(status(status), blankToNull(marketplace), field(field), blankToNull(text));
        return new Page(reviews.find(filter, page * size, size).stream().map(Reviewing::item).toList(), reviews.count(filter));
    }

    @Override
    public Optional<Item> item(String key) {
        return memory.entry(key).map(e -> item(new ReviewItem(null, null, null, e.key(), e.sourceText(), e.sourceLanguage(),
                e.status(), e.draft(), e.draftOrigin(), e.approved(), e.approvedBy(), e.approvedAt(), e.previous())));
    }

    @Override
    public boolean edit(String key, String text, String by) {
        return memory.edit(key, checked(text), "operator:" + by, clock.instant());
    }

    @Override
    public boolean approve(String key, String text, String by) {
        return memory.approve(key, text == null ? null : checked(text), by, clock.instant());
    }

    @Override
    public int approveAll(List<String> keys, String by) {
        if (keys == null || keys.isEmpty() || keys.size() > 1000) {
            throw new RuleViolation("keys", "size", "approve 1 to 1000 keys at once");
        }
        int approved = 0;
        for (String key : keys) {
            approved += memory.approve(key, null, by, clock.instant()) ? 1 : 0;
        }
        return approved;
    }

    @Override
    public Progress progress() {
        Map<MemoryEntry.ReviewStatus, Long> counts = reviews.countByStatus();
        return new Progress(queue.waiting(), counts.get(MemoryEntry.ReviewStatus.WAITING),
                counts.get(MemoryEntry.ReviewStatus.DRAFT), counts.get(MemoryEntry.ReviewStatus.APPROVED),
                products.countUntranslated(), pipeline.machineName());
    }

    @Override
    public List<GlossaryEntry> glossary() {
        return glossary.all().stream().map(t -> new GlossaryEntry(t.kind().name(), t.source(), t.target(), t.factor())).toList();
    }

    @Override
    public void putGlossary(GlossaryEntry entry, String by) {
        GlossaryTerm term;
        try {
            term = new GlossaryTerm(GlossaryTerm.kind(entry.kind()), entry.source(), entry.target(), entry.factor());
        } catch (IllegalArgumentException e) {
            String field = e.getMessage().startsWith("kind") ? "kind" : e.getMessage().contains("factor") ? "factor" : "target";
            throw new RuleViolation(field, "glossary-term", e.getMessage());
        }
        if (term.source().length() > 200 || term.target().length() > 200) {
            throw new RuleViolation("source", "max-length", "glossary terms have at most 200 characters");
        }
        glossary.put(term, by, clock.instant());
        queue.requeueWaiting(clock.instant()); // a new term may translate texts that wait
    }

    @Override
    public boolean removeGlossary(String kind, String source) {
        GlossaryTerm.Kind parsed;
        try {
            parsed = GlossaryTerm.kind(kind);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("kind", "glossary-term", e.getMessage());
        }
        // A seed term removed here comes back at the next start, as it always has: forgetting the seeded files makes
        // that start seed them again (TranslationSeeding). In one transaction, so a removal never outlives its record.
        return transactions.write(() -> {
            boolean removed = glossary.remove(parsed, source);
            if (removed) {
                seeded.forget();
            }
            return removed;
        });
    }

    private static Item item(ReviewItem r) {
        String now = r.draft() != null ? r.draft() : r.approved();
        String before = r.draft() != null && r.approved() != null ? r.approved() : r.previousApproved();
        List<DiffRun> diff = before == null || now == null ? List.of()
                : TextDiff.between(before, now).stream().map(run -> new DiffRun(run.op(), run.text())).toList();
        return new Item(r.sku() == null ? null : r.sku().value(), r.field() == null ? null : r.field().name(), r.marketplace(),
                r.key(), r.sourceText(), r.sourceLanguage(), r.status().name(), r.draft(), r.draftOrigin(), r.approved(),
                r.approvedBy(), r.approvedAt(), r.previousApproved(), diff);
    }

    private static String checked(String text) {
        if (text == null || text.isBlank()) {
            throw new RuleViolation("text", "required", "a zh-CN text is required");
        }
        if (text.length() > MAX_TEXT) {
            throw new RuleViolation("text", "max-length", "a translation has at most " + MAX_TEXT + " characters");
        }
        return text.strip();
    }

    private static MemoryEntry.ReviewStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return MemoryEntry.ReviewStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("status", "review-status", "status must be WAITING, DRAFT or APPROVED");
        }
    }

    private static TextField field(String field) {
        if (field == null || field.isBlank()) {
            return null;
        }
        try {
            return TextField.valueOf(field.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("field", "text-field", "field must be TITLE, DESCRIPTION, BRAND, CATEGORY or SPECIFICATION");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
