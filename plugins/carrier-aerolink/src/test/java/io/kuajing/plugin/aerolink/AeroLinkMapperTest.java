package io.kuajing.plugin.aerolink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.kuajing.plugin.Json;
import io.kuajing.plugin.carrier.Address;
import io.kuajing.plugin.carrier.Amount;
import io.kuajing.plugin.carrier.CarrierError;
import io.kuajing.plugin.carrier.Commodity;
import io.kuajing.plugin.carrier.LabelFormat;
import io.kuajing.plugin.carrier.LineHaulTransport;
import io.kuajing.plugin.carrier.RateRequest;
import io.kuajing.plugin.carrier.ShipmentRequest;
import io.kuajing.plugin.carrier.Weight;
import io.kuajing.plugin.tck.carrier.CarrierSamples;
import org.junit.jupiter.api.Test;

class AeroLinkMapperTest {

    @Test
    void aWaybillIsEncodedAsAPathSegmentNotAsAFormValue() {
        assertEquals("78412345675", AeroLinkMapper.pathSegment("78412345675"));
        // Form encoding would give '784+123' (a literal plus in a path) and leave nothing of the slash's meaning safe.
        assertEquals("784%20123%2F45", AeroLinkMapper.pathSegment("784 123/45"));
        assertEquals("A-1_2.3~%2B%3F%23%25", AeroLinkMapper.pathSegment("A-1_2.3~+?#%"));
        assertEquals("%E8%88%AA", AeroLinkMapper.pathSegment("航"));
    }

    @Test
    void aWaybillThatIsNoPathSegmentIsRefusedBeforeAnyCall() {
        for (String bad : new String[] {"", " ", ".", ".."}) {
            CarrierError e = assertThrows(CarrierError.class, () -> AeroLinkMapper.pathSegment(bad), "'" + bad + "'");
            assertEquals(CarrierError.Kind.INVALID_REQUEST, e.kind());
            assertEquals("waybillNumber", e.field());
        }
    }

    @Test
    void theShipDateIsTheOriginWarehousesLocalDate() {
        // 02:00 UTC on 2 March is still the evening of 1 March in New Jersey and California, already 11:00 in Osaka.
        Instant now = Instant.parse("2026-03-02T02:00:00Z");
        assertEquals(LocalDate.of(2026, 3, 1), OriginZone.localDate(now, warehouse("US", "NJ")));
        assertEquals(LocalDate.of(2026, 3, 1), OriginZone.localDate(now, warehouse("US", "CA")));
        assertEquals(LocalDate.of(2026, 3, 2), OriginZone.localDate(now, warehouse("JP", "Osaka")));
        assertEquals(LocalDate.of(2026, 3, 2), OriginZone.localDate(now, warehouse("DE", "Hessen")));
        // 23:30 UTC on 1 March: already 2 March in Frankfurt and Sydney, still 1 March in London and Hawaii.
        Instant lateEvening = Instant.parse("2026-03-01T23:30:00Z");
        assertEquals(LocalDate.of(2026, 3, 2), OriginZone.localDate(lateEvening, warehouse("DE", "Hessen")));
        assertEquals(LocalDate.of(2026, 3, 2), OriginZone.localDate(lateEvening, warehouse("AU", "NSW")));
        assertEquals(LocalDate.of(2026, 3, 1), OriginZone.localDate(lateEvening, warehouse("GB", "London")));
        // Perth is UTC+8, Sydney UTC+11 in March: 14:00 UTC is 22:00 in Perth but 01:00 next day in Sydney.
        Instant afternoon = Instant.parse("2026-03-01T14:00:00Z");
        assertEquals(LocalDate.of(2026, 3, 1), OriginZone.localDate(afternoon, warehouse("AU", "WA")));
        assertEquals(LocalDate.of(2026, 3, 2), OriginZone.localDate(afternoon, warehouse("AU", "NSW")));
        // A US state written out or unknown falls back to the country's usual zone rather than to UTC.
        assertEquals(LocalDate.of(2026, 3, 1), OriginZone.localDate(now, warehouse("US", null)));
    }

    @Test
    void absentOptionalAddressPartsAreLeftOutNotSentAsNull() {
        ShipmentRequest sample = CarrierSamples.shipment(new AeroLinkCarrier().services().get(0), "aero-no-city-1", LabelFormat.PDF);
        Address from = sample.shipFrom();
        Address bare = new Address(from.name(), null, from.phone(), from.countryCode(), null, null, null, null,
                from.street(), null);
        ShipmentRequest request = new ShipmentRequest(sample.idempotencyKey(), sample.reference(), sample.serviceCode(),
                bare, sample.shipTo(), sample.consigneeId(), sample.parcels(), sample.commodities(), sample.regime(),
                sample.labelFormat());

        Map<String, Object> shipper = Json.object(Json.object(Json.parse(
                AeroLinkMapper.shipmentRequest(request, "KJ-0042", LocalDate.of(2026, 3, 1)))).get("shipper"));
        assertEquals(List.of("name", "phone", "country", "lines"), List.copyOf(shipper.keySet()));

        RateRequest rate = new RateRequest(sample.serviceCode(), bare, sample.shipTo(), sample.parcels(),
                sample.commodities(), sample.regime());
        Map<String, Object> origin = Json.object(Json.object(Json.parse(AeroLinkMapper.rateRequest(rate, "KJ-0042"))).get("origin"));
        assertFalse(origin.containsKey("postalCode"), "origin " + origin);
    }

    @Test
    void commoditiesInSeveralCurrenciesAreATypedRefusalNotACrash() {
        RateRequest sample = CarrierSamples.rate(new AeroLinkCarrier().services().get(0), CarrierSamples.parcel());
        Commodity dollars = new Commodity("SKU-2", "Fish oil", "2106909090", "US", 1, Amount.of("12.00", "USD"),
                Weight.grams(300));
        RateRequest mixed = new RateRequest(sample.serviceCode(), sample.shipFrom(), sample.shipTo(), sample.parcels(),
                List.of(sample.commodities().get(0), dollars), sample.regime());

        CarrierError e = assertThrows(CarrierError.class, () -> AeroLinkMapper.rateRequest(mixed, "KJ-0042"));
        assertEquals(CarrierError.Kind.INVALID_REQUEST, e.kind());
        assertEquals("commodities.unitValue", e.field());
    }

    @Test
    void anErrorWhoseFieldIsNoTextStillBecomesATypedError() {
        CarrierError e = AeroLinkMapper.error(400, "{\"error\":{\"code\":\"INVALID_FIELD\",\"field\":42}}");
        assertEquals(CarrierError.Kind.INVALID_REQUEST, e.kind());
        assertNull(e.field());
    }

    static final String BOOKED = "{\"awb\":\"78412345675\",\"service\":\"AIR-STD\",\"label\":{\"format\":\"PDF\","
            + "\"base64\":\"JVBERi0xLjQK\"},\"charges\":{\"currency\":\"CNY\",\"totalMinor\":9405}";

    @Test
    void theConsolidationBecomesCustomsLineHaulTransportAndTheFilingsMasterBill() {
        var result = AeroLinkMapper.shipmentResult(BOOKED + ",\"consolidation\":{\"mawb\":\"784-20000013\","
                + "\"flight\":{\"number\":\"KJ803\",\"departureDate\":\"2026-12-31\",\"origin\":\"FRA\"}}}");
        assertEquals(new LineHaulTransport("5", "KJ803", "20261231", "78420000013"), result.transport());

        AeroLinkCarrier carrier = new AeroLinkCarrier();
        var context = io.kuajing.plugin.tck.TestPluginContext.of(Map.of("customs-code", "3120980042"), null);
        carrier.start(context);
        ShipmentRequest request = CarrierSamples.shipment(carrier.services().get(0), "aero-filing-1", LabelFormat.PDF);
        assertEquals("78420000013", carrier.waybillFiling(request, result).billNo());
    }

    @Test
    void aBookingNotYetConsolidatedHasNoTransportAndAnUnreadableOneIsMalformed() {
        var unconsolidated = AeroLinkMapper.shipmentResult(BOOKED + "}");
        assertNull(unconsolidated.transport());
        CarrierError e = assertThrows(CarrierError.class, () -> AeroLinkMapper.shipmentResult(BOOKED
                + ",\"consolidation\":{\"mawb\":\"HAWB-1\",\"flight\":{\"number\":\"KJ801\",\"departureDate\":\"2026-12-31\"}}}"));
        assertEquals(CarrierError.Kind.MALFORMED_RESPONSE, e.kind());
    }

    private static Address warehouse(String country, String province) {
        return new Address("Kuajing Overseas " + country, "Kuajing Ltd", "+12015550100", country, null, province, "City",
                null, List.of("1 Dock Road"), null);
    }
}
