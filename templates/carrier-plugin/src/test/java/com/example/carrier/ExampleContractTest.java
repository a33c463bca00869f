package com.example.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kuajing.plugin.CarrierPlugin;
import io.kuajing.plugin.HttpTransport;
import io.kuajing.plugin.carrier.CarrierError;
import io.kuajing.plugin.carrier.RateQuote;
import io.kuajing.plugin.carrier.RateRequest;
import io.kuajing.plugin.tck.RecordingTransport;
import io.kuajing.plugin.tck.TestPluginContext;
import io.kuajing.plugin.tck.carrier.CarrierPluginContract;
import io.kuajing.plugin.tck.carrier.CarrierSamples;
import org.junit.jupiter.api.Test;

/** The carrier against the Kuajing TCK, plus S10 numbers and signing. */
class ExampleContractTest extends CarrierPluginContract {

    private static final Map<String, String> SETTINGS = Map.of(
            "base-url", "https://api.post-ems.test",
            "customer-code", "KJ90001",
            "secret-key", "ems-secret-41b7aa");

    @Override
    protected CarrierPlugin newPlugin() {
        return new ExampleCarrier();
    }

    @Override
    protected Map<String, String> settings() {
        return SETTINGS;
    }

    @Override
    protected Set<String> secretSettings() {
        return Set.of("secret-key");
    }

    /**
     * One fixture folder whatever the plugin id: renaming the plugin keeps its golden files (and the signatures in
     * them, which depend on the settings and the bodies only).
     */
    @Override
    protected String fixtureFolder() {
        return "tck/carrier/";
    }

    @Override
    protected HttpTransport simulatedService() {
        return new SimulatedExampleService(SETTINGS.get("secret-key"));
    }

    @Test
    void s10CheckDigitsFollowTheUpuWeights() {
        assertTrue(S10.isValid("EA123456785CN"));
        assertFalse(S10.isValid("EA123456784CN"));
        assertEquals("EA000000000" .length(), S10.of("EA", 1, "CN").length() - 2);
        assertTrue(S10.isValid(S10.of("EA", 20000001, "CN")));
    }

    @Test
    void aRateWithoutAServiceQuotesEveryServiceOfTheLaneInsteadOfCrashing() {
        RecordingTransport transport = new RecordingTransport(simulatedService());
        ExampleCarrier plugin = new ExampleCarrier();
        plugin.start(TestPluginContext.of(SETTINGS, transport));
        RateRequest sample = CarrierSamples.rate(plugin.services().get(0), CarrierSamples.parcel());
        RateRequest anyService = new RateRequest(null, sample.shipFrom(), sample.shipTo(), sample.parcels(),
                sample.commodities(), sample.regime());

        List<RateQuote> quotes = plugin.rate(anyService);

        // From a US warehouse under 9610 only international EMS serves; domestic EMS is not even asked.
        assertEquals(List.of("EMS-INTL"), quotes.stream().map(RateQuote::serviceCode).toList());
        assertEquals(1, transport.requests().size());
        String body = new String(transport.onlyRequest().body(), StandardCharsets.UTF_8);
        assertTrue(body.contains("service=EMS-INTL"), body);
    }

    @Test
    void aRateWithoutAServiceOnALaneNobodyServesIsLaneNotServed() {
        RecordingTransport transport = RecordingTransport.offline();
        ExampleCarrier plugin = new ExampleCarrier();
        plugin.start(TestPluginContext.of(SETTINGS, transport));
        RateRequest sample = CarrierSamples.rate(plugin.services().get(0), CarrierSamples.parcel());
        RateRequest fromBrazil = new RateRequest(null, CarrierSamples.overseasWarehouse("BR"), sample.shipTo(),
                sample.parcels(), sample.commodities(), sample.regime());

        CarrierError e = assertThrows(CarrierError.class, () -> plugin.rate(fromBrazil));
        assertEquals(CarrierError.Kind.LANE_NOT_SERVED, e.kind());
        assertEquals(0, transport.requests().size());
    }

    @Test
    void aMistypedWaybillIsRefusedWithoutCallingThePost() {
        RecordingTransport transport = RecordingTransport.offline();
        ExampleCarrier plugin = new ExampleCarrier();
        plugin.start(TestPluginContext.of(SETTINGS, transport));
        CarrierError e = assertThrows(CarrierError.class, () -> plugin.track("EA123456784CN"));
        assertEquals(CarrierError.Kind.INVALID_REQUEST, e.kind());
        assertEquals(0, transport.requests().size());
    }
}
