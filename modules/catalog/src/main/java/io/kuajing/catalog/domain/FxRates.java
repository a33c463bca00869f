package io.kuajing.catalog.domain;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** Dated FX rates to CNY: the rate in force on a date is the latest whose effective date is on or before it. */
@SecondaryPort
public interface FxRates {

    Optional<FxRate> rateOn(Currency currency, LocalDate date);
}
