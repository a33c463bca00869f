package io.kuajing.catalog.adapter.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.kuajing.catalog.domain.GlossaryTerm;
import io.kuajing.catalog.domain.GlossaryTerms;
import jakarta.inject.Singleton;

/** The glossary in {@code catalog_glossary}. Seed rows are marked {@code file:<name>}; an operator's row wins. */
@Singleton
class JdbcGlossary implements GlossaryTerms {

    private final GlossaryRows rows;
    private final CatalogWrites writes;

    JdbcGlossary(GlossaryRows rows, CatalogWrites writes) {
        this.rows = rows;
        this.writes = writes;
    }

    @Override
    public List<GlossaryTerm> all() {
        return rows.inOrder().stream().map(GlossaryRow::term).toList();
    }

    @Override
    public void put(GlossaryTerm term, String by, Instant now) {
        writes.write(() -> rows.put(term.kind(), term.source(), term.target(), term.factor(), by, UtcTime.of(now)));
    }

    @Override
    public int seed(List<GlossaryTerm> terms, String source, Instant now) {
        Set<String> there = new HashSet<>();
        all().forEach(t -> there.add(t.kind() + "\u0000" + t.source().toLowerCase(Locale.ROOT)));
        List<GlossaryTerm> missing = terms.stream()
                .filter(t -> there.add(t.kind() + "\u0000" + t.source().toLowerCase(Locale.ROOT))).toList();
        if (missing.isEmpty()) {
            return 0;
        }
        LocalDateTime at = UtcTime.of(now);
        // Only where no row is: an operator's correction is never overwritten by the next start (nor by another node
        // seeding at the same moment: its row stays).
        writes.write(() -> rows.insertAbsent(missing.stream()
                .map(t -> new GlossaryRow(t.kind(), t.source(), t.target(), t.factor(), "file:" + source, at)).toList()));
        return missing.size();
    }

    @Override
    public boolean remove(GlossaryTerm.Kind kind, String source) {
        return writes.write(() -> rows.remove(kind, source)) > 0;
    }
}
