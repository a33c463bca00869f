package io.kuajing.catalog.domain;

import java.time.LocalDate;
import java.util.Optional;

import io.kuajing.kernel.CountryCode;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The delivery promise for a mode from a warehouse country, for an order placed on a date (logistics owns it). */
@SecondaryPort
public interface DeliveryPromises {

    Optional<DeliveryPromise> promise(Mode mode, CountryCode origin, LocalDate orderDate);
}
