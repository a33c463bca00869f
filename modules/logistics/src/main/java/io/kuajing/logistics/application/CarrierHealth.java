package io.kuajing.logistics.application;

import java.util.List;

import io.kuajing.logistics.domain.CarrierStatus;
import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** The loaded carriers and their health (circuit state, recent failures), for the operators' page. */
@PrimaryPort
public interface CarrierHealth {

    List<CarrierStatus> carriers();
}
