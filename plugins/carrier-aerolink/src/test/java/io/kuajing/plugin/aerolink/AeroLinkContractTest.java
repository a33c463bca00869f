package io.kuajing.plugin.aerolink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;

import io.kuajing.plugin.CarrierPlugin;
import io.kuajing.plugin.HttpTransport;
import io.kuajing.plugin.carrier.Amount;
import io.kuajing.plugin.carrier.CarrierError;
import io.kuajing.plugin.carrier.LabelFormat;
import io.kuajing.plugin.carrier.Weight;
import io.kuajing.plugin.tck.HttpFixture;
import io.kuajing.plugin.tck.RecordingTransport;
import io.kuajing.plugin.tck.carrier.CarrierPluginContract;
import io.kuajing.plugin.tck.carrier.CarrierSamples;
import org.junit.jupiter.api.Test;

/** AeroLink against the carrier TCK, plus what is particular to AeroLink. */
class AeroLinkContractTest extends CarrierPluginContract {

    private static final Map<String, String> SETTINGS = Map.of(
            "base-url", "https://api.aerolink.test",
            "api-key", "al_live_5f2c9e0b7a1d",
            "account", "KJ-0042",
            "customs-code", "3120980042");

    @Override
    protected CarrierPlugin newPlugin() {
        return new AeroLinkCarrier();
    }

    @Override
    protected Map<String, String> settings() {
        return SETTINGS;
    }

    @Override
    protected Set<String> secretSettings() {
        return Set.of("api-key");
    }

    @Override
    protected HttpTransport simulatedService() {
        return new SimulatedAeroLink(SETTINGS.get("api-key"));
    }

    @Test
    void isFoundByServiceLoader() {
        assertEquals(List.of(AeroLinkCarrier.class), ServiceLoader.load(CarrierPlugin.class).stream()
                .map(ServiceLoader.Provider::type).filter(t -> t == AeroLinkCarrier.class).toList());
    }

    @Test
    void aRejectedFieldIsNamedInCanonicalTerms() {
        var transport = RecordingTransport.replaying(HttpFixture.response("tck/aerolink/errors/rate.INVALID_REQUEST.bad-phone.response"));
        CarrierError error = assertThrows(CarrierError.class, () -> startedOn(transport).rate(
                CarrierSamples.rate(new AeroLinkCarrier().services().get(0), CarrierSamples.parcel())));
        assertEquals("shipTo.phone", error.field());
        assertEquals("INVALID_FIELD", error.carrierCode());
    }

    @Test
    void theWaybillFilingCarriesTheCustomsCodeFreightAndWeight() {
        AeroLinkCarrier plugin = startedOn(simulatedService());
        var request = CarrierSamples.shipment(plugin.services().get(0), "filing-0001", LabelFormat.PDF);
        var filing = plugin.waybillFiling(request, plugin.createShipment(request));
        assertEquals("3120980042", filing.logisticsCode());
        assertEquals(Amount.cny("94.05"), filing.freight());
        assertEquals(0, Weight.kilograms("2.5").compareTo(filing.grossWeight()));
        assertEquals(1, filing.packNo());
    }

    @Test
    void aWaybillGoesIntoTheUrlAsAPathSegment() {
        var transport = RecordingTransport.replaying(HttpFixture.response("tck/aerolink/track.response"));
        startedOn(transport).track("784 1234/5");
        assertEquals("/v2/shipments/784%201234%2F5/events", transport.onlyRequest().uri().getRawPath());
    }

    private static AeroLinkCarrier startedOn(HttpTransport transport) {
        AeroLinkCarrier plugin = new AeroLinkCarrier();
        plugin.start(io.kuajing.plugin.tck.TestPluginContext.of(SETTINGS, transport));
        return plugin;
    }
}
