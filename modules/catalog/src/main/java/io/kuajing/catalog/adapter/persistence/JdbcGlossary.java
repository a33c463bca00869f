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
        java.util.Set<String> there = new java.util.HashSet<>();
        all().forEach(t -> there.add(t.kind() + "\u0000" + t.source().toLowerCase(java.util.Locale.ROOT)));
        List<GlossaryTerm> missing = terms.stream()
                .filter(t -> there.add(t.kind() + "\u0000" + t.source().toLowerCase(java.util.Locale.ROOT))).toList();
        if (missing.isEmpty()) {
            return 0;
        }
        String at = Jdbc.utcText(now);
        // Only where no row is: an operator's correction is never overwritten by the next start (nor by another node
        // seeding at the same moment: its row stays).
        jdbc.write(connection -> {
            Jdbc.insertRows(connection, "INSERT INTO catalog_glossary (kind, source, target, factor, updated_by, updated_at) VALUES ",
                    6, " ON DUPLICATE KEY UPDATE kind = kind", missing, (ps, i, t) -> {
                        ps.setString(i++, t.kind().name());
                        ps.setString(i++, t.source());
                        ps.setString(i++, t.target());
                        ps.setBigDecimal(i++, t.factor());
                        ps.setString(i++, "file:" + source);
                        ps.setString(i++, at);
                        return i;
                    });
            return null;
        });
        return missing.size();
    }

    @Override
    public boolean remove(GlossaryTerm.Kind kind, String source) {
        return jdbc.update("DELETE FROM catalog_glossary WHERE kind = ? AND source = ?", kind.name(), source) > 0;
    }
}
