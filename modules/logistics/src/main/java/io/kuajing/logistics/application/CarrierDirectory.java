package io.kuajing.logistics.application;

import java.util.List;

import io.kuajing.logistics.domain.CarrierGateway;
import io.kuajing.logistics.domain.CarrierStatus;
import jakarta.inject.Singleton;

/** The loaded carriers and their health, for operators. */
@Singleton
public class CarrierDirectory {

    private final CarrierGateway carriers;

    CarrierDirectory(CarrierGateway carriers) {
        this.carriers = carriers;
    }

    public List<CarrierStatus> carriers() {
        return carriers.carriers();
    }
}
