package io.kuajing.customs.domain.eligibility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One tariff line of the CBEC positive list (跨境电子商务零售进口商品清单) with its remarks: listed from
 * {@code effectiveFrom} until the day before {@code effectiveUntil} (null: still listed), bonded import only, or
 * capped per person and year ({@code yearlyCap} in {@code capUnit}).
 */
@ValueObject
public record PositiveListEntry(String tariffLine, LocalDate effectiveFrom, LocalDate effectiveUntil,
                                boolean bondedOnly, BigDecimal yearlyCap, String capUnit, String description) {

    public PositiveListEntry {
        if (tariffLine == null || !tariffLine.matches("\\d{8}")) {
            throw new IllegalArgumentException("a positive-list line is an 8-digit tariff line: " + tariffLine);
        }
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if ((yearlyCap == null) != (capUnit == null || capUnit.isEmpty())) {
            throw new IllegalArgumentException("yearly cap and its unit go together: " + tariffLine);
        }
    }

    /** Customs measurement unit codes of the cap units the list uses (千克 035, 克 036). */
    private static final java.util.Map<String, String> UNIT_CODES = java.util.Map.of("kg", "035", "g", "036");

    /**
     * The customs unit code a capped line must be declared in, so the declared quantity is comparable with the
     * cap; empty when the cap's unit has no known code (then the line cannot be counted, and is refused).
     */
    public java.util.Optional<String> capUnitCode() {
        return java.util.Optional.ofNullable(capUnit == null ? null : UNIT_CODES.get(capUnit));
    }

    public boolean listedOn(LocalDate date) {
        return !effectiveFrom.isAfter(date) && (effectiveUntil == null || date.isBefore(effectiveUntil));
    }
}
