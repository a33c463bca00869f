package io.kuajing.catalog.adapter.customs;

import java.time.LocalDate;

import io.kuajing.catalog.domain.Eligibility;
import io.kuajing.catalog.domain.PositiveList;
import io.kuajing.customs.EligibilityAnswer;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Regime;
import jakarta.inject.Singleton;

/**
 * Positive-list standing from customs. Asked under the bonded regime, the widest one: a line customs allows only
 * for bonded import comes back eligible with its bonded-only flag, which is what the catalogue needs to offer
 * flash purchase but not direct mail.
 */
@Singleton
class CustomsPositiveList implements PositiveList {

    private final io.kuajing.customs.PositiveList customs;

    CustomsPositiveList(io.kuajing.customs.PositiveList customs) {
        this.customs = customs;
    }

    @Override
    public Eligibility eligibilityOf(HsCode hsCode, LocalDate date) {
        EligibilityAnswer answer = customs.eligibility(hsCode, Regime.CBEC_BONDED, date);
        if (!answer.eligible()) {
            return new Eligibility(Eligibility.Status.NOT_LISTED, answer.reason());
        }
        return new Eligibility(answer.bondedOnly() ? Eligibility.Status.BONDED_ONLY : Eligibility.Status.LISTED,
                answer.reason());
    }
}
