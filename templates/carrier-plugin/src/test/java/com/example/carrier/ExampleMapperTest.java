package com.example.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.kuajing.plugin.carrier.Address;
import io.kuajing.plugin.carrier.Amount;
import io.kuajing.plugin.carrier.CarrierError;
import io.kuajing.plugin.carrier.Commodity;
import io.kuajing.plugin.carrier.LabelFormat;
import io.kuajing.plugin.carrier.RateRequest;
import io.kuajing.plugin.carrier.ShipmentRequest;
import io.kuajing.plugin.carrier.Weight;
import io.kuajing.plugin.tck.carrier.CarrierSamples;
import org.junit.jupiter.api.Test;

class ExampleMapperTest {

    private static final Instant NOW = Instant.parse("2026-11-24T00:00:00Z");

    @Test
    void aRateToAnAddressWithoutACountyCodeIsATypedInvalidRequestNotACrash() {
        RateRequest sample = CarrierSamples.rate(international(), CarrierSamples.parcel());
        Address to = sample.shipTo();
        // Only an address outside China may lack a county code (Address refuses a Chinese one without it).
        Address noCounty = new Address(to.name(), to.company(), to.phone(), "JP", null, "Osaka", "Osaka", null,
                to.street(), "559-0034");
        RateRequest request = new RateRequest(sample.serviceCode(), sample.shipFrom(), noCounty, sample.parcels(),
                sample.commodities(), sample.regime());

        CarrierError error = assertThrows(CarrierError.class, () -> ExampleMapper.rate(request, "KJDEMO1", NOW));
        assertEquals(CarrierError.Kind.INVALID_REQUEST, error.kind());
        assertEquals("shipTo.divisionCode", error.field());
    }

    @Test
    void aSenderWithoutACityIsWrittenWithoutTheWordNull() {
        ShipmentRequest sample = CarrierSamples.shipment(international(), "postal-no-city-1", LabelFormat.PDF);
        Address from = sample.shipFrom();
        Address noCity = new Address(from.name(), from.company(), from.phone(), from.countryCode(), null,
                from.province(), null, null, from.street(), from.postalCode());

        Map<String, String> form = ExampleMapper.order(withShipFrom(sample, noCity), "KJDEMO1", NOW);

        assertEquals("100 Port St Building 4", form.get("s_addr"));
        form.forEach((k, v) -> assertFalse(v == null || v.contains("null"), k + " = " + v));
    }

    @Test
    void unknownResultCodesAreRetryableUnlessTheyAreValidationCodes() {
        CarrierError validation = ExampleMapper.error(Map.of("result", "E117"));
        assertEquals(CarrierError.Kind.INVALID_REQUEST, validation.kind());
        assertFalse(validation.retryable(), "the same request would be refused again");

        for (String code : List.of("E950", "E510", "E2999", "X42")) {
            CarrierError unknown = ExampleMapper.error(Map.of("result", code));
            assertTrue(unknown.retryable(), code + " must not make us give up a paid order's booking, got " + unknown.kind());
            assertEquals(code, unknown.carrierCode());
        }
    }

    @Test
    void declaredValuesInAnotherCurrencyAreRefusedNotSentAsFen() {
        RateRequest sample = CarrierSamples.rate(international(), CarrierSamples.parcel());
        Commodity dollars = new Commodity("SKU-1", "Vitamin C", "2106909090", "US", 1, Amount.of("19.99", "USD"),
                Weight.grams(250));
        RateRequest request = new RateRequest(sample.serviceCode(), sample.shipFrom(), sample.shipTo(), sample.parcels(),
                List.of(dollars), sample.regime());

        CarrierError error = assertThrows(CarrierError.class, () -> ExampleMapper.rate(request, "KJDEMO1", NOW));
        assertEquals(CarrierError.Kind.INVALID_REQUEST, error.kind());
        assertEquals("commodities.unitValue", error.field());

        ShipmentRequest shipment = CarrierSamples.shipment(international(), "postal-usd-0001", LabelFormat.PDF);
        ShipmentRequest inDollars = new ShipmentRequest(shipment.idempotencyKey(), shipment.reference(),
                shipment.serviceCode(), shipment.shipFrom(), shipment.shipTo(), shipment.consigneeId(), shipment.parcels(),
                List.of(dollars), shipment.regime(), shipment.labelFormat());
        assertEquals("commodities.unitValue",
                assertThrows(CarrierError.class, () -> ExampleMapper.order(inDollars, "KJDEMO1", NOW)).field());
    }

    private static io.kuajing.plugin.carrier.CarrierService international() {
        return new ExampleCarrier().services().get(0);
    }

    private static ShipmentRequest withShipFrom(ShipmentRequest r, Address from) {
        return new ShipmentRequest(r.idempotencyKey(), r.reference(), r.serviceCode(), from, r.shipTo(), r.consigneeId(),
                r.parcels(), r.commodities(), r.regime(), r.labelFormat());
    }
}
