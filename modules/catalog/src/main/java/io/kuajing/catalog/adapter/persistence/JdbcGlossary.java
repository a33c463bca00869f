package io.kuajing.catalog.adapter.persistence;

import java.time.Instant;
import java.util.List;

import io.kuajing.catalog.domain.GlossaryTerm;
import io.kuajing.catalog.domain.GlossaryTerms;
import jakarta.inject.Singleton;

/** The glossary in {@code catalog_glossary}. Seed rows are marked {@code file:<name>}; an operator's row wins. */
@Singleton
class JdbcGlossary implements GlossaryTerms {

    private final Jdbc jdbc;

    JdbcGlossary(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<GlossaryTerm> all() {
        return jdbc.query("SELECT kind, source, target, factor FROM catalog_glossary ORDER BY kind, source",
                rs -> new GlossaryTerm(GlossaryTerm.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4)));
    }

    @Override
    public void put(GlossaryTerm term, String by, Instant now) {
        jdbc.update("INSERT INTO catalog_glossary (kind, source, target, factor, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE target = VALUES(target), factor = VALUES(factor),"
                        + " updated_by = VALUES(updated_by), updated_at = VALUES(updated_at)",
                term.kind().name(), term.source(), term.target(), term.factor(), by, now);
    }

    @Override
    public int seed(List<GlossaryTerm> terms, String source, Instant now) {
        int added = 0;
        for (GlossaryTerm term : terms) {
            // Only where no row is: an operator's correction is never overwritten by the next start.
            added += jdbc.update("INSERT INTO catalog_glossary (kind, source, target, factor, updated_by, updated_at)"
                            + " SELECT ?, ?, ?, ?, ?, ? FROM (SELECT 1 AS one) x WHERE NOT EXISTS"
                            + " (SELECT 1 FROM catalog_glossary WHERE kind = ? AND source = ?)",
                    term.kind().name(), term.source(), term.target(), term.factor(), "file:" + source, now,
                    term.kind().name(), term.source());
        }
        return added;
    }

    @Override
    public boolean remove(GlossaryTerm.Kind kind, String source) {
        return jdbc.update("DELETE FROM catalog_glossary WHERE kind = ? AND source = ?", kind.name(), source) > 0;
    }
}
