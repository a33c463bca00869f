package io.kuajing.catalog.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jmolecules.ddd.annotation.Service;

/**
 * The operators' glossary applied to texts: a whole text that is a brand, category or term is the glossary's
 * translation (no machine needed); a specification converts unit by unit ("3 fl oz" -> "89毫升", "Size 10" -> "美码10");
 * before machine translation terms are written in their Chinese form so the machine keeps them, and after it any
 * term the machine left in the source language is replaced, and units are written the Chinese way.
 */
@Service
public final class Glossary {

    private static final Pattern SHOE_SIZE = Pattern.compile("Size (\\d+(?:\\.\\d+)?)");
    private static final Pattern MULTIPLE = Pattern.compile("\\s?[×x]\\s?");

    private final List<GlossaryTerm> terms; // longest source first, so "Dr. Martens" wins over "Martens"
    private final List<Pattern> termPatterns; // same order
    private final Map<String, GlossaryTerm> exact = new HashMap<>();
    private final Map<String, GlossaryTerm> units = new HashMap<>();
    private final Pattern amount; // a number and a known unit: "3 fl oz", "200ml", "120粒"

    public Glossary(List<GlossaryTerm> entries) {
        List<GlossaryTerm> words = new ArrayList<>();
        for (GlossaryTerm term : entries) {
            if (term.kind() == GlossaryTerm.Kind.UNIT) {
                units.put(normal(term.source()), term);
            } else {
                words.add(term);
                exact.put(normal(term.source()), term);
            }
        }
        words.sort(Comparator.comparingInt((GlossaryTerm t) -> t.source().length()).reversed());
        this.terms = List.copyOf(words);
        this.termPatterns = terms.stream().map(t -> word(t.source())).toList();
        List<String> unitWords = units.values().stream().map(GlossaryTerm::source)
                .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList();
        this.amount = Pattern.compile("(?<![A-Za-z\\d.])(\\d+(?:[.,]\\d+)?)\\s?("
                + (unitWords.isEmpty() ? "(?!)" : String.join("|", unitWords)) + ")(?![A-Za-z])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The glossary's translation of a whole text (a brand, a category, a term, a specification); empty when it has none. */
    public Optional<String> whole(TextField field, String text) {
        if (field == TextField.SPECIFICATION) {
            return specification(text);
        }
        return Optional.ofNullable(exact.get(normal(text))).map(GlossaryTerm::target);
    }

    /** Before machine translation: terms and amounts already in their Chinese form. */
    public String protect(String text) {
        String out = text;
        for (int i = 0; i < terms.size(); i++) {
            out = termPatterns.get(i).matcher(out).replaceAll(Matcher.quoteReplacement(terms.get(i).target()));
        }
        return convertAmounts(out);
    }

    /** After machine translation: no glossary term of the source left untranslated, units written the Chinese way. */
    public String enforce(String source, String translated) {
        String out = translated;
        for (int i = 0; i < terms.size(); i++) {
            if (termPatterns.get(i).matcher(source).find()) {
                out = termPatterns.get(i).matcher(out).replaceAll(Matcher.quoteReplacement(terms.get(i).target()));
            }
        }
        return convertAmounts(out);
    }

    /** A specification in Chinese units, when every amount in it has a known unit. */
    Optional<String> specification(String text) {
        Matcher shoe = SHOE_SIZE.matcher(text.strip());
        if (shoe.matches()) {
            return Optional.ofNullable(units.get("size")).map(u -> u.target() + shoe.group(1));
        }
        List<String> parts = new ArrayList<>();
        for (String part : MULTIPLE.split(text.strip())) {
            Matcher m = amount.matcher(part.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
            GlossaryTerm unit = units.get(normal(m.group(2)));
            if (unit == null) {
                return Optional.empty();
            }
            parts.add(amount(new BigDecimal(m.group(1).replace(',', '.')), unit) + unit.target());
        }
        return Optional.of(String.join("×", parts));
    }

    private String convertAmounts(String text) {
        GlossaryTerm size = units.get("size");
        Matcher m = amount.matcher(size == null ? text : SHOE_SIZE.matcher(text).replaceAll(
                Matcher.quoteReplacement(size.target()) + "$1"));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            GlossaryTerm unit = units.get(normal(m.group(2)));
            String replacement = unit == null ? m.group() : amount(new BigDecimal(m.group(1).replace(',', '.')), unit) + unit.target();
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * An amount converted: exact units keep their digits (200ml -> 200毫升); a converted one is rounded to what a
     * label would print (3 fl oz -> 89毫升, 1.7 oz -> 48克, 2.14 lb -> 971克).
     */
    private static String amount(BigDecimal value, GlossaryTerm unit) {
        if (unit.factor().compareTo(BigDecimal.ONE) == 0) {
            return value.toPlainString();
        }
        return value.multiply(unit.factor()).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /** A Latin word matches whole ("Kao" not inside "Kaolin"); a CJK one anywhere (no spaces to find words by). */
    private static Pattern word(String word) {
        boolean latinStart = word.charAt(0) < 128 && Character.isLetterOrDigit(word.charAt(0));
        boolean latinEnd = word.charAt(word.length() - 1) < 128 && Character.isLetterOrDigit(word.charAt(word.length() - 1));
        return Pattern.compile((latinStart ? "(?<![A-Za-z])" : "") + Pattern.quote(word) + (latinEnd ? "(?![A-Za-z])" : ""),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String normal(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
