package io.kuajing.logistics.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.logistics.CarrierCircuits;
import io.kuajing.logistics.domain.CarrierGateway;
import io.kuajing.logistics.domain.CarrierStatus;
import jakarta.inject.Singleton;

/** The loaded carriers and their health, for operators. */
@Singleton
class CarrierDirectory implements CarrierHealth, CarrierCircuits {

    private final CarrierGateway carriers;

    CarrierDirectory(CarrierGateway carriers) {
        this.carriers = carriers;
    }

    @Override
    public List<CarrierStatus> carriers() {
        return carriers.carriers();
    }

    @Override
    public Map<String, String> byCarrier() {
        Map<String, String> circuits = new LinkedHashMap<>();
        for (CarrierStatus carrier : carriers()) {
            circuits.put(carrier.carrierId(), carrier.circuit());
        }
        return circuits;
    }
}
