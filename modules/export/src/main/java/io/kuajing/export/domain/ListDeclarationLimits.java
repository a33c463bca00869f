package io.kuajing.export.domain;

import java.time.LocalDate;
import java.util.List;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.RuleViolation;

/**
 * How much a 9810 consignment may be worth and still be declared by inventory list through the CBEC export system
 * (config/export/list-declaration-limits.csv): above it, or with goods needing a licence, it goes by a customs
 * declaration form (报关单), which Kuajing does not write.
 */
public final class ListDeclarationLimits {

    /** The largest declared value per consignment (票) in CNY from {@code effectiveFrom}, and where it is written. */
    public record Limit(LocalDate effectiveFrom, Money maxValue, String source) implements DatedRow {
    }

    private final List<Limit> limits;

    public ListDeclarationLimits(List<Limit> limits) {
        this.limits = List.copyOf(limits);
    }

    /** Refuses a consignment whose declared value is above the limit in force on {@code day}. */
    public void check(Money declaredValue, LocalDate day) {
        Limit limit = DatedRow.inForce(limits, day).orElseThrow(() -> new RuleViolation("lines", "list-value-limit",
                "no list declaration limit in force on " + day + " in config/export/list-declaration-limits.csv"));
        if (declaredValue.amount().compareTo(limit.maxValue().amount()) > 0) {
            throw new RuleViolation("lines", "list-value-limit", "the consignment is declared at " + declaredValue.amount()
                    + " CNY, above the " + limit.maxValue().amount() + " CNY a list may declare (" + limit.source()
                    + "): it goes by a customs declaration form, which Kuajing does not write");
        }
    }
}
