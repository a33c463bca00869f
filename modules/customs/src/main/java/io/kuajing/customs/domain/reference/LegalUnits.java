package io.kuajing.customs.domain.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.RuleViolation;

/**
 * The legal (statutory) units of each HS code (legal-units.csv), and the legal quantities of a declared line in
 * them: a counted unit (台, 个, 件, 双...) takes the line's quantity, a weight unit (千克, 克) the line's net weight.
 * Customs compares qty1/qty2 with its statistics, so a quantity that cannot be known is never guessed: the line is
 * not declarable ({@code legal-unit}, {@code legal-quantity}).
 */
public final class LegalUnits {

    public static final String KILOGRAM = "035";
    public static final String GRAM = "036";
    /** Units counted in pieces of some kind: the declared quantity in a counted unit converts one to one. */
    private static final Set<String> COUNTED = Set.of("001", "006", "007", "008", "011", "012", "025", "026", "120",
            "122", "125", "136", "140", "142");

    /** One dated row: the legal units of the codes starting with {@code hsPrefix}. */
    public record Entry(String hsPrefix, LocalDate effectiveFrom, String unit1, String unit2, String source) {
    }

    /** qty1/unit1 and, when the tariff has a second unit, qty2/unit2 (else null). */
    public record Quantities(BigDecimal qty1, String unit1, BigDecimal qty2, String unit2) {
    }

    private final Map<String, List<Entry>> byPrefix;

    public LegalUnits(List<Entry> entries) {
        this.byPrefix = entries.stream().collect(Collectors.groupingBy(Entry::hsPrefix));
    }

    public Optional<Entry> of(HsCode hsCode, LocalDate on) {
        String code = hsCode.value();
        return byPrefix.entrySet().stream()
                .filter(e -> code.startsWith(e.getKey()))
                .sorted(Comparator.comparingInt((Map.Entry<String, List<Entry>> e) -> e.getKey().length()).reversed())
                .map(e -> Dated.inForce(e.getValue(), Entry::effectiveFrom, on))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * The legal quantities of a line of {@code qty} in the customs unit {@code unit}, weighing {@code netWeightKg}
     * in all (null when unknown).
     *
     * @param field the line's field path for refusals, e.g. {@code lines[0]}
     */
    public Quantities quantities(HsCode hsCode, String unit, BigDecimal qty, BigDecimal netWeightKg, LocalDate on,
                                 String field) {
        Entry entry = of(hsCode, on).orElseThrow(() -> new RuleViolation(field + ".hsCode", "legal-unit",
                "no legal unit on file for HS code " + hsCode + " (legal-units.csv): the product is not declarable"));
        BigDecimal qty1 = quantity(entry.unit1(), unit, qty, netWeightKg, field);
        BigDecimal qty2 = entry.unit2() == null ? null : quantity(entry.unit2(), unit, qty, netWeightKg, field);
        return new Quantities(qty1, entry.unit1(), qty2, entry.unit2());
    }

    private static BigDecimal quantity(String legalUnit, String unit, BigDecimal qty, BigDecimal netWeightKg,
                                       String field) {
        if (legalUnit.equals(unit) || COUNTED.contains(legalUnit) && COUNTED.contains(unit)) {
            return qty;
        }
        if (KILOGRAM.equals(legalUnit) || GRAM.equals(legalUnit)) {
            if (netWeightKg == null || netWeightKg.signum() <= 0) {
                throw new RuleViolation(field + ".netWeight", "legal-quantity", "the legal unit " + legalUnit
                        + " is a weight and the line's net weight is unknown: the product is not declarable");
            }
            BigDecimal kg = netWeightKg.setScale(5, RoundingMode.HALF_UP);
            return KILOGRAM.equals(legalUnit) ? kg : kg.multiply(BigDecimal.valueOf(1000)).setScale(3, RoundingMode.HALF_UP);
        }
        throw new RuleViolation(field + ".unit", "legal-quantity", "the legal unit " + legalUnit
                + " cannot be derived from a line declared in unit " + unit + ": the product is not declarable");
    }

    public static LegalUnits from(Csv csv) {
        return new LegalUnits(csv.rows().stream().map(r -> {
            String prefix = r.required("hs_prefix");
            if (!prefix.matches("\\d{4,10}")) {
                throw r.error("hs_prefix must be 4-10 digits: " + prefix);
            }
            String unit1 = r.required("unit1");
            String unit2 = r.text("unit2").isEmpty() ? null : r.text("unit2");
            for (String unit : new String[] {unit1, unit2}) {
                if (unit != null && !unit.matches("\\d{3}")) {
                    throw r.error("a unit is a 3-digit customs unit code: " + unit);
                }
            }
            return new Entry(prefix, r.date("effective_from"), unit1, unit2, r.required("source"));
        }).toList());
    }
}
