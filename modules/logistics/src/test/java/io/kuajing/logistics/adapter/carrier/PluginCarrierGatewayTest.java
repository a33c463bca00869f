package io.kuajing.logistics.adapter.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;
import io.kuajing.logistics.domain.CarrierCandidate;
import io.kuajing.logistics.domain.CarrierFailure;
import io.kuajing.logistics.domain.Goods;
import io.kuajing.logistics.domain.LegKind;
import io.kuajing.logistics.domain.Manifest;
import io.kuajing.logistics.domain.Place;
import io.kuajing.platform.Extensions;
import io.kuajing.plugin.Capability;
import io.kuajing.plugin.CarrierPlugin;
import io.kuajing.plugin.PluginDescriptor;
import io.kuajing.plugin.carrier.Amount;
import io.kuajing.plugin.carrier.CarrierService;
import io.kuajing.plugin.carrier.Charge;
import io.kuajing.plugin.carrier.CustomsRegime;
import io.kuajing.plugin.carrier.Lane;
import io.kuajing.plugin.carrier.Leg;
import io.kuajing.plugin.carrier.RateQuote;
import io.kuajing.plugin.carrier.RateRequest;
import org.junit.jupiter.api.Test;

/** The bridge leaves broken plugins out, selects by lane and regime, and turns plugin trouble into failures. */
class PluginCarrierGatewayTest {

    private final CarrierPlugin good = new CarrierPlugin() {
        @Override
        public PluginDescriptor descriptor() {
            return new PluginDescriptor("good", "Good", "1", 1, Set.of(Capability.RATE, Capability.SHIP));
        }

        @Override
        public List<CarrierService> services() {
            return List.of(new CarrierService("G", "g", Leg.LAST_MILE, List.of(new Lane("CN", "CN", Set.of(CustomsRegime.CBEC_BONDED))), 1, 2));
        }

        @Override
        public List<RateQuote> rate(RateRequest request) {
            assertEquals(2500, request.totalWeight().wholeGramsRoundedUp());
            return List.of(new RateQuote("G", List.of(new Charge("BASE", Amount.cny("12.30"))), 1, 2));
        }
    };

    private final CarrierPlugin brokenDescriptor = new CarrierPlugin() {
        @Override
        public PluginDescriptor descriptor() {
            throw new NoClassDefFoundError("shaded/Thing");
        }

        @Override
        public List<CarrierService> services() {
            return List.of();
        }
    };

    private final Extensions extensions = new Extensions() {
        @Override
        @SuppressWarnings("unchecked")
        public <T> List<T> all(Class<T> spi) {
            return (List<T>) List.of(brokenDescriptor, good);
        }
    };

    private final PluginCarrierGateway gateway = new PluginCarrierGateway(extensions, new CarrierCallSettings(), Clock.systemUTC());

    @Test
    void aPluginWhoseDescriptorThrowsIsLeftOutAndTheOthersServe() {
        List<CarrierCandidate> candidates = gateway.candidates(LegKind.LAST_MILE, "CN", "CN", Regime.CBEC_BONDED);
        assertEquals(List.of("good"), candidates.stream().map(CarrierCandidate::carrierId).toList());
        assertTrue(gateway.candidates(LegKind.LAST_MILE, "CN", "CN", Regime.GENERAL_TRADE).isEmpty(), "regime not accepted");
        assertTrue(gateway.candidates(LegKind.LINE_HAUL, "CN", "CN", Regime.CBEC_BONDED).isEmpty(), "leg not served");
        assertEquals(List.of("good"), gateway.carriers().stream().map(c -> c.carrierId()).toList());
    }

    @Test
    void quotesAreExactMoneyAndUnsupportedOperationsAreFailures() {
        Place place = new Place("n", "13800000000", "CN", "310115", null, "上海市", null, "街", null);
        Manifest manifest = new Manifest(place, place, null, null, Regime.CBEC_BONDED, 2500,
                List.of(new Goods("S", "d", "2106909090", "US", 1, 2500, Money.cny("10"))));
        CarrierCandidate candidate = new CarrierCandidate("good", "G", LegKind.LAST_MILE, 1, 2);
        assertEquals(Money.cny("12.30"), gateway.quote(candidate, manifest).orElseThrow());
        CarrierFailure f = assertThrows(CarrierFailure.class, () -> gateway.track("good", "W1"));
        assertEquals("UNSUPPORTED", f.kind());
        assertEquals("NOT_LOADED", assertThrows(CarrierFailure.class, () -> gateway.track("absent", "W1")).kind());
        gateway.close();
    }
}
