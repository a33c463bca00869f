package io.kuajing.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Operators reviewing the zh-CN pipeline: the review queue (one row per product field), editing and approving a
 * translation (by its text key: the same words are translated once for every product that says them), progress, and
 * the glossary.
 */
public interface ReviewingTranslations {

    /**
     * @param status WAITING (no translation yet), DRAFT (machine's or an edit, to review), APPROVED; null: any
     * @param field  TITLE, DESCRIPTION, BRAND, CATEGORY, SPECIFICATION; null: any
     * @param text   searched in the source, draft and approved text; null: any
     * @throws io.kuajing.kernel.RuleViolation for an unknown status or field
     */
    Page queue(String status, String marketplace, String field, String text, int page, int size);

    Optional<Item> item(String key);

    /** @return false for an unknown key */
    boolean edit(String key, String text, String by);

    /** Approves the draft, or {@code text} when given. @return false for an unknown key or nothing to approve */
    boolean approve(String key, String text, String by);

    /** Approves the drafts of these keys. @return how many were approved */
    int approveAll(List<String> keys, String by);

    Progress progress();

    List<GlossaryEntry> glossary();

    /** @throws io.kuajing.kernel.RuleViolation for a bad kind, empty source or target, a unit without factor */
    void putGlossary(GlossaryEntry entry, String by);

    boolean removeGlossary(String kind, String source);

    record Page(List<Item> items, long total) {
    }

    /**
     * One text of the review queue, and for queue rows the product field that says it.
     *
     * @param previousApproved the approved translation before: of this text before an edit, or of what the field said
     *                         when last approved (the source changed since)
     * @param diff             from {@code previousApproved} (or the current approved text) to the draft
     */
    record Item(String sku, String field, String marketplace, String key, String sourceText, String sourceLanguage,
                String status, String draft, String draftOrigin, String approved, String approvedBy, Instant approvedAt,
                String previousApproved, List<DiffRun> diff) {
    }

    /** {@code =} kept, {@code -} removed, {@code +} added. */
    record DiffRun(String op, String text) {
    }

    /**
     * @param queuedProducts products waiting for the worker
     * @param machineTranslation the provider in use, or {@code none} (new texts then wait for an operator)
     */
    record Progress(long queuedProducts, long waiting, long drafts, long approved, long untranslatedProducts,
                    String machineTranslation) {
    }

    /** @param factor for UNIT only: what one source unit is in the target unit (fl oz -> 毫升: 29.5735) */
    record GlossaryEntry(String kind, String source, String target, BigDecimal factor) {
    }
}
