package io.kuajing.catalog.domain;

import java.time.LocalDate;
import java.util.Optional;

import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.Money;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** What carrying one unit to the consumer is expected to cost, in CNY (logistics owns the real rates). */
@SecondaryPort
public interface FreightEstimates {

    /**
     * @param origin      the country of the warehouse the unit ships from
     * @param weightGrams null when unknown (the estimate then assumes a default parcel)
     */
    Optional<Money> estimate(FulfilmentMode mode, CountryCode origin, Integer weightGrams, LocalDate date);
}
