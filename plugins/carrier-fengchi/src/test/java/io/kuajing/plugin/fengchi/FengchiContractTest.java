package io.kuajing.plugin.fengchi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kuajing.plugin.CarrierPlugin;
import io.kuajing.plugin.HttpTransport;
import io.kuajing.plugin.carrier.CarrierError;
import io.kuajing.plugin.carrier.PickupRequest;
import io.kuajing.plugin.tck.RecordingTransport;
import io.kuajing.plugin.tck.TestPluginContext;
import io.kuajing.plugin.tck.carrier.CarrierPluginContract;
import io.kuajing.plugin.tck.carrier.CarrierSamples;
import org.junit.jupiter.api.Test;

/** Fengchi Express against the carrier TCK, plus its own particulars (signing, pickup, XXE). */
class FengchiContractTest extends CarrierPluginContract {

    private static final Map<String, String> SETTINGS = Map.of(
            "base-url", "https://open.fengchi.test",
            "partner-id", "KJ_PARTNER_01",
            "check-word", "fc-checkword-8c1e2f",
            "monthly-account", "0210000001",
            "customs-code", "31209600FC");

    @Override
    protected CarrierPlugin newPlugin() {
        return new FengchiCarrier();
    }

    @Override
    protected Map<String, String> settings() {
        return SETTINGS;
    }

    @Override
    protected Set<String> secretSettings() {
        return Set.of("check-word");
    }

    @Override
    protected HttpTransport simulatedService() {
        return new SimulatedFengchi(SETTINGS.get("check-word"));
    }

    @Test
    void aWrongCheckWordIsAnAuthenticationError() {
        FengchiCarrier plugin = new FengchiCarrier();
        plugin.start(TestPluginContext.of(SETTINGS, new SimulatedFengchi("another-check-word")));
        CarrierError e = assertThrows(CarrierError.class,
                () -> plugin.rate(CarrierSamples.rate(plugin.services().get(0), CarrierSamples.parcel())));
        assertEquals(CarrierError.Kind.AUTHENTICATION, e.kind());
    }

    @Test
    void aPickupIsBookedForTheWarehouse() {
        var transport = RecordingTransport.replaying(new HttpTransport.Response(200, Map.of(),
                ("<Response><Head>OK</Head><Body><PickupResponse number=\"PK778\" date=\"2026-03-03\"/></Body></Response>")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        FengchiCarrier plugin = new FengchiCarrier();
        plugin.start(TestPluginContext.of(SETTINGS, transport));
        var confirmation = plugin.schedulePickup(new PickupRequest(CarrierSamples.bondedWarehouse(), LocalDate.of(2026, 3, 3),
                LocalTime.of(14, 0), LocalTime.of(18, 0), List.of("FC1000000001")));
        assertEquals("PK778", confirmation.confirmationNumber());
        String sent = new String(transport.onlyRequest().body(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(true, sent.contains("<Waybill mailNo=\"FC1000000001\"/>"));
    }
}
