package io.kuajing.customs.application;

import java.time.Clock;
import java.time.LocalDate;

import io.kuajing.kernel.ChinaTime;
import io.kuajing.customs.EligibilityAnswer;
import io.kuajing.customs.PositiveList;
import io.kuajing.customs.domain.eligibility.Eligibility;
import io.kuajing.customs.domain.eligibility.PositiveListEditions;
import io.kuajing.customs.domain.reference.LegalUnits;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Regime;
import jakarta.inject.Singleton;

/**
 * Whether a product may be sold cross-border: on the positive list in force (and in the regime), and declarable —
 * customs' legal unit of its HS code is on file (legal-units.csv), so the inventory list can state qty1/unit1. The
 * catalogue asks before a product is offered, so a product that is not declarable says so before checkout.
 */
@Singleton
class PositiveListChecking implements PositiveList {

    private final PositiveListEditions editions;
    private final LegalUnits legalUnits;
    private final Clock clock;

    PositiveListChecking(PositiveListEditions editions, LegalUnits legalUnits, Clock clock) {
        this.editions = editions;
        this.legalUnits = legalUnits;
        this.clock = clock;
    }

    @Override
    public EligibilityAnswer eligibility(HsCode hsCode, Regime regime, LocalDate on) {
        LocalDate date = on != null ? on : LocalDate.now(clock.withZone(ChinaTime.ZONE));
        Eligibility e = editions.eligibility(hsCode, regime, date);
        if (e.eligible() && legalUnits.of(hsCode, date).isEmpty()) {
            return new EligibilityAnswer(hsCode.value(), false, "legal-unit", "no legal unit on file for HS code "
                    + hsCode + " (legal-units.csv): not declarable", false, null, null);
        }
        return new EligibilityAnswer(hsCode.value(), e.eligible(), e.rule(), e.reason(),
                e.entry().map(x -> x.bondedOnly()).orElse(false),
                e.entry().map(x -> x.yearlyCap()).orElse(null),
                e.entry().map(x -> x.capUnit()).filter(u -> !u.isEmpty()).orElse(null));
    }
}
