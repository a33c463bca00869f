package io.kuajing.catalog.domain;

import java.time.LocalDate;
import java.util.Optional;

import io.kuajing.kernel.FulfilmentMode;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The delivery promise for a mode from the offer's warehouse, for an order placed on a date (logistics owns it). */
@SecondaryPort
public interface DeliveryPromises {

    Optional<DeliveryPromise> promise(FulfilmentMode mode, Warehouse warehouse, LocalDate orderDate);
}
