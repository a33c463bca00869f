package io.kuajing.plugin.postal;

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

class PostalMapperTest {

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

        CarrierError error = assertThrows(CarrierError.class, () -> PostalMapper.rate(request, "KJDEMO1", NOW));
        assertEquals(CarrierError.Kind.INVALID_REQUEST, error.kind());
        assertEquals("shipTo.divisionCode", error.field());
    }

    @Test
    void aSenderWithoutACityIsWrittenWithoutTheWordNull() {
        ShipmentRequest sample = CarrierSamples.shipment(international(), "postal-no-city-1", LabelFormat.PDF);
        Address from = sample.shipFrom();
        Address noCity = new Address(from.name(), from.company(), from.phone(), from.countryCode(), null,
                from.province(), null, null, from.street(), from.postalCode());

        Map<String, String> form = PostalMapper.order(withShipFrom(sample, noCity), "KJDEMO1", NOW);

        assertEquals("100 Port St Building 4", form.get("s_addr"));
        form.forEach((k, v) -> assertFalse(v == null || v.contains("null"), k + " = " + v));
    }

    @Test
    void unknownResultCodesAreRetryableUnlessTheyAreValidationCodes() {
        CarrierError validation = PostalMapper.error(Map.of("result", "E117"));
        assertEquals(CarrierError.Kind.INVALID_REQUEST, validation.kind());
        assertFalse(validation.retryable(), "the same request would be refused again");

        for (String code : List.of("E950", "E510", "E2999", "X42")) {
            CarrierError unknown = PostalMapper.error(Map.of("result", code));
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

        CarrierError error = assertThrows(CarrierError.class, () -> PostalMapper.rate(request, "KJDEMO1", NOW));
        assertEquals(CarrierError.Kind.INVALID_REQUEST, error.kind());
        assertEquals("commodities.unitValue", error.field());

        ShipmentRequest shipment = CarrierSamples.shipment(international(), "postal-usd-0001", LabelFormat.PDF);
        ShipmentRequest inDollars = new ShipmentRequest(shipment.idempotencyKey(), shipment.reference(),
                shipment.serviceCode(), shipment.shipFrom(), shipment.shipTo(), shipment.consigneeId(), shipment.parcels(),
                List.of(dollars), shipment.regime(), shipment.labelFormat());
        assertEquals("commodities.unitValue",
                assertThrows(CarrierError.class, () -> PostalMapper.order(inDollars, "KJDEMO1", NOW)).field());
    }

    @Test
    void anOutboundParcelSendsTheAddresseeBlockInTheDestinationsFormatAndNoIdDocument() {
        ShipmentRequest sample = CarrierSamples.shipment(international(), "postal-out-0001", LabelFormat.PDF);
        ShipmentRequest outbound = outbound(sample, "98109-5210");

        Map<String, String> form = PostalMapper.order(outbound, "KJDEMO1", NOW);

        assertEquals("EMS-OUT", form.get("service"));
        assertEquals("US", form.get("r_country"));
        assertEquals(List.of("JANE DOE", "410 TERRY AVE N APT 5", "SEATTLE WA  98109-5210", "UNITED STATES"),
                List.of(form.get("r_line.1"), form.get("r_line.2"), form.get("r_line.3"), form.get("r_line.4")));
        assertFalse(form.containsKey("r_line.5"));
        assertFalse(form.containsKey("r_id_no"), "a buyer abroad has no Chinese ID document");
        CarrierError zip = assertThrows(CarrierError.class, () -> PostalMapper.order(outbound(sample, "9810"), "KJDEMO1", NOW));
        assertEquals("shipTo.postalCode", zip.field());
        assertEquals(CarrierError.Kind.INVALID_REQUEST, zip.kind());
    }

    /** The sample parcel sent from China to a buyer in Seattle on the outbound service. */
    private static ShipmentRequest outbound(ShipmentRequest r, String zip) {
        Address buyer = new Address("Jane Doe", null, "+1 206-555-0100", "US", null, "WA", "Seattle", null,
                List.of("410 Terry Ave N", "Apt 5"), zip);
        Address hub = new Address("Kuajing export hub", null, "02150000000", "CN", "310115", null, "上海市", null,
                List.of("浦东新区外高桥保税物流园区 1 号"), "200131");
        return new ShipmentRequest(r.idempotencyKey(), r.reference(), "EMS-OUT", hub, buyer, null, r.parcels(),
                r.commodities(), r.regime(), r.labelFormat());
    }

    private static io.kuajing.plugin.carrier.CarrierService international() {
        return new PostalEmsCarrier().services().get(0);
    }

    private static ShipmentRequest withShipFrom(ShipmentRequest r, Address from) {
        return new ShipmentRequest(r.idempotencyKey(), r.reference(), r.serviceCode(), from, r.shipTo(), r.consigneeId(),
                r.parcels(), r.commodities(), r.regime(), r.labelFormat());
    }
}
