package io.kuajing.plugin.tck.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kuajing.plugin.Capability;
import io.kuajing.plugin.CarrierPlugin;
import io.kuajing.plugin.HttpTransport;
import io.kuajing.plugin.PluginContext;
import io.kuajing.plugin.PluginDescriptor;
import io.kuajing.plugin.carrier.CarrierError;
import io.kuajing.plugin.carrier.CarrierService;
import io.kuajing.plugin.carrier.CustomsRegime;
import io.kuajing.plugin.carrier.Lane;
import io.kuajing.plugin.carrier.Leg;
import io.kuajing.plugin.carrier.TrackingReport;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/** Proves the contract fails on plugins that break it: a contract that cannot fail proves nothing. */
class ContractCatchesBrokenPluginsTest {

    @Test
    void aPluginDeclaringAnOperationItDoesNotImplementFailsTheDescriptorCheck() {
        assertEquals(1, failures("descriptorIsValidAndDeclaresExactlyWhatIsImplemented"));
    }

    @Test
    void aPluginThatCallsTheNetworkOnStartFailsTheLoadingCheck() {
        assertEquals(1, failures("constructionDescriptorAndStartMakeNoNetworkCall"));
    }

    @Test
    void aPluginThatPutsItsApiKeyIntoErrorsFailsTheSecretCheck() {
        assertEquals(1, failures("transportFailuresAndGarbageBecomeRetryableTypedErrors"));
    }

    private static long failures(String method) {
        var request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectMethod(BrokenCarrier.class, method)).build();
        var listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        assertTrue(listener.getSummary().getTestsStartedCount() > 0, "the contract test ran");
        return listener.getSummary().getTotalFailureCount();
    }

    /** Declares CANCEL without implementing it, authenticates on start and leaks its key into errors. */
    static class BrokenCarrier extends CarrierPluginContract {

        @Override
        protected CarrierPlugin newPlugin() {
            return new Broken();
        }

        @Override
        protected Map<String, String> settings() {
            return Map.of("api-key", "sk-live-very-secret");
        }

        @Override
        protected Set<String> secretSettings() {
            return Set.of("api-key");
        }

        @Override
        protected HttpTransport simulatedService() {
            return r -> new HttpTransport.Response(200, Map.of(), new byte[0]);
        }
    }

    static class Broken implements CarrierPlugin {
        private PluginContext context;

        @Override
        public PluginDescriptor descriptor() {
            return new PluginDescriptor("broken", "Broken", "1.0", 1, Set.of(Capability.TRACK, Capability.CANCEL));
        }

        @Override
        public List<CarrierService> services() {
            return List.of(new CarrierService("X", "X", Leg.LAST_MILE,
                    List.of(new Lane("CN", "CN", Set.of(CustomsRegime.GENERAL_TRADE))), 1, 2));
        }

        @Override
        public void start(PluginContext context) {
            this.context = context;
            try {
                context.http().send(HttpTransport.Request.get(java.net.URI.create("https://carrier.invalid/login")));
            } catch (IOException ignored) {
                // a real broken plugin would swallow it too
            }
        }

        @Override
        public TrackingReport track(String waybillNumber) {
            throw new CarrierError(CarrierError.Kind.SERVICE_UNAVAILABLE, "failed with key " + context.settings().get("api-key"));
        }
    }
}
