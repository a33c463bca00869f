package io.kuajing.customs.application;

import java.time.Clock;
import java.time.LocalDate;

import io.kuajing.kernel.ChinaTime;
import io.kuajing.customs.EligibilityAnswer;
import io.kuajing.customs.PositiveList;
import io.kuajing.customs.Regime;
import io.kuajing.customs.domain.eligibility.Eligibility;
import io.kuajing.customs.domain.eligibility.PositiveListEditions;
import io.kuajing.kernel.HsCode;
import jakarta.inject.Singleton;

@Singleton
class PositiveListChecking implements PositiveList {

    private final PositiveListEditions editions;
    private final Clock clock;

    PositiveListChecking(PositiveListEditions editions, Clock clock) {
        this.editions = editions;
        this.clock = clock;
    }

    @Override
    public EligibilityAnswer eligibility(HsCode hsCode, Regime regime, LocalDate on) {
        LocalDate date = on != null ? on : LocalDate.now(clock.withZone(ChinaTime.ZONE));
        Eligibility e = editions.eligibility(hsCode, regime, date);
        return new EligibilityAnswer(hsCode.value(), e.eligible(), e.rule(), e.reason(),
                e.entry().map(x -> x.bondedOnly()).orElse(false),
                e.entry().map(x -> x.yearlyCap()).orElse(null),
                e.entry().map(x -> x.capUnit()).filter(u -> !u.isEmpty()).orElse(null));
    }
}
