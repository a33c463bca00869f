package io.kuajing.catalog.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.catalog.domain.Glossary;
import io.kuajing.catalog.domain.GlossaryTerms;
import io.kuajing.catalog.domain.MemoryEntry;
import io.kuajing.catalog.domain.Product;
import io.kuajing.catalog.domain.ProductTexts;
import io.kuajing.catalog.domain.Products;
import io.kuajing.catalog.domain.SourceText;
import io.kuajing.catalog.domain.TextField;
import io.kuajing.catalog.domain.TranslationMemory;
import io.kuajing.catalog.domain.TranslationQueue;
import io.kuajing.catalog.domain.Translator;
import io.kuajing.kernel.Sku;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Works the translation queue: for each leased product, the texts it says today (title, description, brand, category,
 * specification) are looked up in the translation memory; a text it does not know is translated by the glossary
 * when the glossary has it whole (a brand, a category, a specification in known units: approved at once, the
 * operators curate the glossary), else by the machine (a draft for review), else it waits for an operator. A field
 * whose text changed keeps a pointer to the text it said when approved, for the reviewer's diff.
 */
@Singleton
public class TranslationPipeline {

    private static final Logger LOG = LoggerFactory.getLogger(TranslationPipeline.class);

    /** Texts per machine call: GetBatchTranslate takes at most 50 (the adapter splits bigger lists too). */
    static final int MACHINE_BATCH = 50;

    private final Products products;
    private final TranslationQueue queue;
    private final TranslationMemory memory;
    private final ProductTexts productTexts;
    private final GlossaryTerms glossary;
    private final Optional<Translator> machine;
    private final Clock clock;
    private final int batchSize;
    private final Duration lease;

    TranslationPipeline(Products products, TranslationQueue queue, TranslationMemory memory, ProductTexts productTexts,
                        GlossaryTerms glossary, Optional<Translator> machine, Clock clock,
                        @Value("${kuajing.catalog.translation.batch-size:500}") int batchSize,
                        @Value("${kuajing.catalog.translation.lease:5m}") Duration lease) {
        this.products = products;
        this.queue = queue;
        this.memory = memory;
        this.productTexts = productTexts;
        this.glossary = glossary;
        this.machine = machine;
        this.clock = clock;
        this.batchSize = batchSize;
        this.lease = lease;
    }

    /** The machine translation provider in use, or {@code none}. */
    public String machineName() {
        return machine.map(Translator::name).orElse("none");
    }

    /** Leases a batch of queued products and works it. @return how many products were leased */
    public int runDue() {
        Instant now = clock.instant();
        Instant until = now.plus(lease);
        List<Sku> claimed = queue.claim(now, until, batchSize);
        if (claimed.isEmpty()) {
            return 0;
        }
        try {
            work(products.bySkus(claimed), now);
        } catch (Translator.Unavailable e) {
            // What was translated is kept; the rest comes back when the lease runs out.
            LOG.warn("machine translation unavailable, {} products wait for the next round: {}", claimed.size(), e.getMessage());
            return 0; // no more batches this round: the provider needs a rest

        }
        queue.done(claimed, until);
        return claimed.size();
    }

    void work(List<Product> found, Instant now) {
        products.keepSearchKeys(found);
        Map<Sku, Map<TextField, SourceText>> textsOf = new LinkedHashMap<>();
        Map<String, SourceText> texts = new LinkedHashMap<>();
        Map<String, TextField> fieldOf = new HashMap<>();
        for (Product product : found) {
            Map<TextField, SourceText> own = product.texts();
            textsOf.put(product.sku(), own);
            own.forEach((field, text) -> {
                texts.putIfAbsent(text.key(), text);
                fieldOf.putIfAbsent(text.key(), field);
            });
        }
        Map<Sku, Map<TextField, ProductTexts.TextRef>> before = productTexts.of(textsOf.keySet());
        List<String> lookedUp = new ArrayList<>(texts.keySet());
        before.values().forEach(refs -> refs.values().forEach(ref -> lookedUp.add(ref.key())));
        Map<String, MemoryEntry> known = memory.entries(lookedUp);

        productTexts.write(changedRefs(textsOf, before, known), now);
        translateNew(texts, fieldOf, known, now);
    }

    /** The fields whose text is new or changed; a changed one remembers the text it said when last approved. */
    private static Map<Sku, Map<TextField, ProductTexts.TextRef>> changedRefs(Map<Sku, Map<TextField, SourceText>> textsOf,
            Map<Sku, Map<TextField, ProductTexts.TextRef>> before, Map<String, MemoryEntry> known) {
        Map<Sku, Map<TextField, ProductTexts.TextRef>> changed = new LinkedHashMap<>();
        textsOf.forEach((sku, own) -> own.forEach((field, text) -> {
            ProductTexts.TextRef old = before.getOrDefault(sku, Map.of()).get(field);
            if (old != null && old.key().equals(text.key())) {
                return;
            }
            String previous = null;
            if (old != null) {
                MemoryEntry oldEntry = known.get(old.key());
                previous = oldEntry != null && oldEntry.approved() != null ? old.key() : old.previousKey();
            }
            changed.computeIfAbsent(sku, s -> new EnumMap<>(TextField.class)).put(field, new ProductTexts.TextRef(text.key(), previous));
        }));
        return changed;
    }

    private void translateNew(Map<String, SourceText> texts, Map<String, TextField> fieldOf, Map<String, MemoryEntry> known,
                              Instant now) {
        Glossary terms = new Glossary(glossary.all());
        List<MemoryEntry> byGlossary = new ArrayList<>();
        List<MemoryEntry> waiting = new ArrayList<>();
        Map<String, List<SourceText>> forMachine = new LinkedHashMap<>(); // by language and kind of text
        for (Map.Entry<String, SourceText> e : texts.entrySet()) {
            MemoryEntry there = known.get(e.getKey());
            if (there != null && there.status() != MemoryEntry.ReviewStatus.WAITING) {
                continue; // translated once: never sent again
            }
            SourceText text = e.getValue();
            TextField field = fieldOf.get(e.getKey());
            Optional<String> whole = terms.whole(field, text.text());
            if (whole.isPresent()) {
                byGlossary.add(MemoryEntry.approved(text, whole.get(), "glossary", now));
            } else if (machine.isPresent() && field != TextField.SPECIFICATION) {
                forMachine.computeIfAbsent(text.language() + "/" + (field.isRunningText() ? TextField.DESCRIPTION : TextField.TITLE),
                        k -> new ArrayList<>()).add(text);
            } else if (there == null) {
                waiting.add(MemoryEntry.waiting(text));
            }
        }
        memory.addReviewed(byGlossary, now);
        memory.addNew(waiting, now);
        for (Map.Entry<String, List<SourceText>> group : forMachine.entrySet()) {
            TextField kind = TextField.valueOf(group.getKey().substring(group.getKey().indexOf('/') + 1));
            List<SourceText> all = group.getValue();
            for (int from = 0; from < all.size(); from += MACHINE_BATCH) {
                List<SourceText> batch = all.subList(from, Math.min(all.size(), from + MACHINE_BATCH));
                machineDrafts(batch, kind, terms, known, now);
            }
        }
    }

    /** One machine call; its drafts are stored at once, so a later failure never sends these texts again. */
    private void machineDrafts(List<SourceText> batch, TextField kind, Glossary terms, Map<String, MemoryEntry> known,
                               Instant now) {
        Translator translator = machine.orElseThrow();
        List<String> translated = translator.translate(batch.stream().map(t -> terms.protect(t.text())).toList(),
                batch.get(0).language(), kind);
        List<MemoryEntry> drafts = new ArrayList<>();
        List<MemoryEntry> refused = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            SourceText text = batch.get(i);
            String out = translated.get(i);
            if (out == null || out.isBlank()) {
                refused.add(MemoryEntry.waiting(text)); // the provider would not: an operator will
            } else {
                drafts.add(MemoryEntry.draft(text, terms.enforce(text.text(), out), translator.name()));
            }
        }
        List<MemoryEntry> newWaiting = refused.stream().filter(e -> !known.containsKey(e.key())).toList();
        memory.addNew(newWaiting, now);
        List<MemoryEntry> fresh = new ArrayList<>();
        for (MemoryEntry draft : drafts) {
            if (known.containsKey(draft.key())) {
                memory.edit(draft.key(), draft.draft(), draft.draftOrigin(), now); // was waiting for a provider
            } else {
                fresh.add(draft);
            }
        }
        memory.addNew(fresh, now);
    }
}
