package io.kuajing.logistics.application;

import java.util.List;

import io.kuajing.logistics.domain.CarrierGateway;
import io.kuajing.logistics.domain.CarrierStatus;
import jakarta.inject.Singleton;

/** The loaded carriers and their health, for operators. */
@Singleton
class CarrierDirectory implements CarrierHealth {

    private final CarrierGateway carriers;

    CarrierDirectory(CarrierGateway carriers) {
        this.carriers = carriers;
    }

    @Override
    public List<CarrierStatus> carriers() {
        return carriers.carriers();
    }
}
