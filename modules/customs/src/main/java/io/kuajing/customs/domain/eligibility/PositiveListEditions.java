package io.kuajing.customs.domain.eligibility;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.kuajing.customs.domain.reference.Csv;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Regime;

/**
 * The positive list across its editions (positive-list.csv): each line carries the dates it is listed, so a
 * question is always answered for a date. A product not on the list is DIRECT_PURCHASE (general trade) only.
 */
public final class PositiveListEditions {

    private final Map<String, List<PositiveListEntry>> byLine;

    public PositiveListEditions(List<PositiveListEntry> entries) {
        this.byLine = entries.stream().collect(Collectors.groupingBy(PositiveListEntry::tariffLine));
    }

    public Optional<PositiveListEntry> entryOn(HsCode hsCode, LocalDate date) {
        return byLine.getOrDefault(hsCode.tariffLine(), List.of()).stream()
                .filter(e -> e.listedOn(date))
                .findFirst();
    }

    public Eligibility eligibility(HsCode hsCode, Regime regime, LocalDate date) {
        if (!regime.isCrossBorder()) {
            return new Eligibility(true, "not-cbec", "general trade does not need the CBEC positive list",
                    entryOn(hsCode, date));
        }
        Optional<PositiveListEntry> entry = entryOn(hsCode, date);
        if (entry.isEmpty()) {
            return new Eligibility(false, "not-listed", "tariff line " + hsCode.tariffLine()
                    + " is not on the CBEC positive list on " + date + ": direct purchase (general trade) only",
                    Optional.empty());
        }
        if (entry.get().bondedOnly() && !regime.isBonded()) {
            return new Eligibility(false, "bonded-only", "tariff line " + hsCode.tariffLine()
                    + " is listed for online bonded import (1210/1239) only, not " + regime.code(), entry);
        }
        String cap = entry.get().yearlyCap() == null ? ""
                : "; capped at " + entry.get().yearlyCap().toPlainString() + " " + entry.get().capUnit()
                        + " per person per year";
        return new Eligibility(true, "listed", "tariff line " + hsCode.tariffLine()
                + " is on the CBEC positive list" + cap, entry);
    }

    public static PositiveListEditions from(Csv csv) {
        return new PositiveListEditions(csv.rows().stream().map(r -> new PositiveListEntry(
                r.required("tariff_line"), r.date("effective_from"), r.date("effective_until"),
                r.flag("bonded_only"), r.decimal("yearly_cap"), r.text("cap_unit"), r.text("description")))
                .toList());
    }
}
