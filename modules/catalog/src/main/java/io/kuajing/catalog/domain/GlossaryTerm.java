package io.kuajing.catalog.domain;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One entry of the operators' glossary. BRAND: a brand's registered Chinese name (Kao -> 花王); CATEGORY: the one
 * Chinese category name a marketplace category maps to; TERM: a word with one fixed translation; UNIT: a unit and its
 * Chinese one, with the factor that converts an amount into it (fl oz -> 毫升 x 29.5735; 1 when only the word changes).
 */
@ValueObject
public record GlossaryTerm(Kind kind, String source, String target, BigDecimal factor) {

    public enum Kind { BRAND, CATEGORY, TERM, UNIT }

    public GlossaryTerm {
        Objects.requireNonNull(kind, "kind");
        if (source == null || source.isBlank() || target == null || target.isBlank()) {
            throw new IllegalArgumentException("a glossary term needs a source and a target");
        }
        source = source.strip();
        target = target.strip();
        if (kind == Kind.UNIT && (factor == null || factor.signum() <= 0)) {
            throw new IllegalArgumentException("a unit needs a positive conversion factor");
        }
        if (kind != Kind.UNIT) {
            factor = null;
        }
    }

    public static Kind kind(String name) {
        try {
            return Kind.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("kind must be BRAND, CATEGORY, TERM or UNIT, got " + name);
        }
    }
}
