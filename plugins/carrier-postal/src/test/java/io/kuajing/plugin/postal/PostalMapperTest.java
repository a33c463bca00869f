package io.kuajing.plugin.postal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;

import io.kuajing.plugin.carrier.Address;
import io.kuajing.plugin.carrier.CarrierError;
import io.kuajing.plugin.carrier.RateRequest;
import io.kuajing.plugin.tck.carrier.CarrierSamples;
import org.junit.jupiter.api.Test;

class PostalMapperTest {

    @Test
    void aRateToAnAddressWithoutACountyCodeIsATypedInvalidRequestNotACrash() {
        var service = new PostalEmsCarrier().services().get(0);
        RateRequest sample = CarrierSamples.rate(service, CarrierSamples.parcel());
        Address to = sample.shipTo();
        // Only an address outside China may lack a county code (Address refuses a Chinese one without it).
        Address noCounty = new Address(to.name(), to.company(), to.phone(), "JP", null, "Osaka", "Osaka", null,
                to.street(), "559-0034");
        RateRequest request = new RateRequest(sample.serviceCode(), sample.shipFrom(), noCounty, sample.parcels(),
                sample.commodities(), sample.regime());

        CarrierError error = assertThrows(CarrierError.class,
                () -> PostalMapper.rate(request, "KJDEMO1", Instant.parse("2026-11-24T00:00:00Z")));
        assertEquals(CarrierError.Kind.INVALID_REQUEST, error.kind());
    }

}
