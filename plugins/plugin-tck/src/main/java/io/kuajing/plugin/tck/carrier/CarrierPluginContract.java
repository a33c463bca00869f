package io.kuajing.plugin.tck.carrier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.kuajing.plugin.Capability;
import io.kuajing.plugin.CarrierPlugin;
import io.kuajing.plugin.HttpTransport;
import io.kuajing.plugin.PluginSetting;
import io.kuajing.plugin.SpiVersion;
import io.kuajing.plugin.UnsupportedOperation;
import io.kuajing.plugin.carrier.CarrierError;
import io.kuajing.plugin.carrier.CarrierService;
import io.kuajing.plugin.carrier.LabelFormat;
import io.kuajing.plugin.carrier.LineHaulTransport;
import io.kuajing.plugin.carrier.PickupRequest;
import io.kuajing.plugin.carrier.RateQuote;
import io.kuajing.plugin.carrier.RateRequest;
import io.kuajing.plugin.carrier.ShipmentRequest;
import io.kuajing.plugin.carrier.ShipmentResult;
import io.kuajing.plugin.carrier.StatusMapping;
import io.kuajing.plugin.carrier.TrackingEvent;
import io.kuajing.plugin.carrier.TrackingReport;
import io.kuajing.plugin.carrier.TrackingStatus;
import io.kuajing.plugin.carrier.TrackingTimeline;
import io.kuajing.plugin.tck.HttpFixture;
import io.kuajing.plugin.tck.RecordingTransport;
import io.kuajing.plugin.tck.Secrets;
import io.kuajing.plugin.tck.TestPluginContext;
import org.junit.jupiter.api.Test;

/**
 * The carrier plugin contract. Extend it in the plugin's tests and say how to build the plugin, its settings,
 * which settings are secret, and a simulator of the carrier's service (for idempotency). Fixtures live on the test
 * class path under {@link #fixtureFolder()}, one set per declared operation ({@code rate}, {@code ship},
 * {@code track}, {@code cancel}, optionally {@code push}):
 * <ul>
 *   <li>{@code <op>.request}: the golden request the sample must produce (request line, required headers, body);</li>
 *   <li>{@code <op>.response}: the carrier's answer replayed to the plugin (status line, headers, body);</li>
 *   <li>{@code <op>.expected}: the canonical result it must parse to ({@code rate}: {@code SERVICE=12.34 CNY} per
 *       quote; {@code ship}: {@code waybill=...}; {@code track}/{@code push}: {@code <instant> <STATUS> <REASON|->}
 *       per event, oldest first);</li>
 *   <li>{@code errors/<op>.<KIND>.<name>.response}: an error answer that must become a {@link CarrierError} of that kind.</li>
 * </ul>
 */
public abstract class CarrierPluginContract {

    /** A new, unstarted plugin instance, as ServiceLoader would create it. */
    protected abstract CarrierPlugin newPlugin();

    /** Settings as the host would pass them ({@code kuajing.plugins.settings.<id>.*} without the prefix). */
    protected abstract Map<String, String> settings();

    /**
     * Setting keys whose values are secret (API keys, passwords): they must never appear in messages or URLs. By
     * default the settings the descriptor declares secret.
     */
    protected Set<String> secretSettings() {
        return newPlugin().descriptor().settings().stream().filter(PluginSetting::secret).map(PluginSetting::name)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** A fresh in-memory simulator of the carrier's service speaking its wire format (stateful: it remembers bookings). */
    protected abstract HttpTransport simulatedService();

    /** Class-path folder of this plugin's fixtures. */
    protected String fixtureFolder() {
        return "tck/" + newPlugin().descriptor().id() + "/";
    }

    /** The service the samples use; by default the first declared. */
    protected CarrierService sampleService(CarrierPlugin plugin) {
        return plugin.services().get(0);
    }

    /** The waybill the golden track and cancel requests name. */
    protected String sampleWaybill() {
        return expected("ship").getOrDefault("waybill", "TCK0000000001");
    }

    // ---------------------------------------------------------------- descriptor and loading

    @Test
    void descriptorIsValidAndDeclaresExactlyWhatIsImplemented() {
        CarrierPlugin plugin = newPlugin();
        var d = plugin.descriptor();
        assertTrue(SpiVersion.isSupported(d.spiVersion()), "SPI version " + d.spiVersion() + " not supported");
        assertFalse(d.version().isBlank(), "plugin version");
        assertFalse(d.name().isBlank(), "plugin name");
        assertFalse(d.capabilities().isEmpty(), "a carrier declares at least one capability");
        Set<Capability> foreign = new HashSet<>(d.capabilities());
        foreign.removeAll(CarrierPlugin.carrierCapabilities());
        assertTrue(foreign.isEmpty(), "a carrier declares carrier capabilities only, not " + foreign);
        assertEquals(CarrierPlugin.implementedCapabilities(plugin.getClass()), d.capabilities(),
                "declared capabilities must equal the operations the plugin overrides");
        assertEquals(d, newPlugin().descriptor(), "the descriptor is stable");

        List<CarrierService> services = plugin.services();
        assertFalse(services.isEmpty(), "a carrier sells at least one service");
        assertEquals(services.size(), services.stream().map(CarrierService::code).distinct().count(), "service codes are unique");
        services.forEach(s -> assertFalse(s.lanes().isEmpty(), "service " + s.code() + " serves at least one lane"));
        if (d.capabilities().contains(Capability.TRACK)) {
            StatusMapping mapping = plugin.statusMapping();
            assertFalse(mapping.entries().isEmpty(), "a tracking carrier documents its raw statuses");
        }
    }

    @Test
    void declaredSettingsAreTheOnesTheTestGivesAndEverySecretIsKeptSecret() {
        var declared = newPlugin().descriptor().settings();
        Set<String> names = new HashSet<>();
        declared.forEach(s -> names.add(s.name()));
        if (declared.isEmpty()) {
            return; // an SPI 1 plugin that declares nothing: the host hands it every key under its prefix
        }
        declared.stream().filter(PluginSetting::required).forEach(s -> assertTrue(settings().containsKey(s.name()),
                "settings() gives the required setting " + s.name() + ", as the host will"));
        settings().keySet().forEach(key -> assertTrue(names.contains(key),
                "setting " + key + " is not declared: the host would never hand it to the plugin"));
        declared.stream().filter(PluginSetting::secret).forEach(s -> assertTrue(secretSettings().contains(s.name()),
                "the declared secret " + s.name() + " is checked for leaks"));
        settings().forEach((key, value) -> declared.stream().filter(s -> s.name().equals(key)).findFirst()
                .flatMap(s -> s.type().problem(value))
                .ifPresent(problem -> fail("setting " + key + " " + problem)));
    }

    @Test
    void constructionDescriptorAndStartMakeNoNetworkCall() {
        RecordingTransport offline = RecordingTransport.offline();
        CarrierPlugin plugin = newPlugin();
        plugin.descriptor();
        plugin.services();
        plugin.statusMapping();
        plugin.start(TestPluginContext.of(settings(), offline));
        plugin.descriptor();
        assertEquals(0, offline.requests().size(), "loading a plugin must not touch the network");
        Secrets.assertAbsent(secrets(), plugin.toString(), "the plugin's toString()");
        Secrets.assertAbsent(secrets(), plugin.descriptor().toString(), "the descriptor");
    }

    @Test
    void undeclaredOperationsFailWithTheStableError() {
        CarrierPlugin plugin = started(RecordingTransport.offline());
        Set<Capability> declared = plugin.descriptor().capabilities();
        CarrierService service = sampleService(plugin);
        Map<Capability, Runnable> calls = new LinkedHashMap<>();
        calls.put(Capability.RATE, () -> plugin.rate(CarrierSamples.rate(service, CarrierSamples.parcel())));
        calls.put(Capability.SHIP, () -> plugin.createShipment(CarrierSamples.shipment(service, "tck-unsupported", LabelFormat.PDF)));
        calls.put(Capability.CANCEL, () -> plugin.cancel("X"));
        calls.put(Capability.TRACK, () -> plugin.track("X"));
        calls.put(Capability.PICKUP, () -> plugin.schedulePickup(new PickupRequest(CarrierSamples.bondedWarehouse(),
                java.time.LocalDate.of(2026, 3, 3), java.time.LocalTime.of(9, 0), java.time.LocalTime.of(17, 0), List.of("X"))));
        calls.forEach((capability, call) -> {
            if (!declared.contains(capability)) {
                UnsupportedOperation e = assertThrows(UnsupportedOperation.class, call::run, capability + " is undeclared");
                assertEquals(capability, e.capability());
            }
        });
    }

    // ---------------------------------------------------------------- golden requests and fixture responses

    @Test
    void goldenRequestsAndFixtureResponses() {
        Set<Capability> declared = newPlugin().descriptor().capabilities();
        int checked = 0;
        if (declared.contains(Capability.RATE)) {
            List<RateQuote> quotes = replay("rate", p -> p.rate(CarrierSamples.rate(sampleService(p), CarrierSamples.parcel())));
            Map<String, String> expected = expected("rate");
            assertEquals(expected.size(), quotes.size(), "number of quotes in rate.expected");
            for (RateQuote q : quotes) {
                assertEquals(expected.get(q.serviceCode()), q.total().toString(), "total of " + q.serviceCode());
                assertTrue(q.total().isPositive(), "a rate is positive money");
            }
            checked++;
        }
        if (declared.contains(Capability.SHIP)) {
            ShipmentResult result = replay("ship", p -> p.createShipment(sampleShipment(p, "tck-order-0001-1")));
            assertEquals(expected("ship").get("waybill"), result.waybillNumber());
            assertTrue(result.label().format().matches(result.label().content()), "label bytes are a " + result.label().format());
            assertTransport(expected("ship"), result.transport());
            checked++;
        }
        if (declared.contains(Capability.TRACK)) {
            TrackingReport report = replay("track", p -> p.track(sampleWaybill()));
            assertEvents(expectedEvents("track"), report.events());
            checked++;
        }
        if (declared.contains(Capability.CANCEL)) {
            replay("cancel", p -> {
                p.cancel(sampleWaybill());
                return null;
            });
            checked++;
        }
        assertTrue(checked > 0);
    }

    @Test
    void trackingPushesParseLikePolls() {
        String body = fixtureFolder() + "push.body";
        if (!HttpFixture.exists(body)) {
            return; // the carrier has no pushes
        }
        CarrierPlugin plugin = started(RecordingTransport.offline());
        List<TrackingEvent> events = plugin.parseTrackingPush(HttpFixture.text(body).getBytes(StandardCharsets.UTF_8));
        assertEvents(expectedEvents("push"), events);
        assertEquals(events, plugin.parseTrackingPush(HttpFixture.text(body).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void errorFixturesBecomeTypedErrorsWithoutSecrets() {
        List<String> files = HttpFixture.list(fixtureFolder() + "errors");
        for (String file : files) {
            String name = file.substring(file.lastIndexOf('/') + 1);
            String[] parts = name.split("\\.");
            assertTrue(parts.length >= 3, file + " must be named <op>.<KIND>.<name>.response");
            CarrierError.Kind kind = CarrierError.Kind.valueOf(parts[1]);
            CarrierPlugin plugin = started(RecordingTransport.replaying(HttpFixture.response(file)));
            CarrierError error = assertThrows(CarrierError.class, () -> call(plugin, parts[0]), file);
            assertEquals(kind, error.kind(), file);
            Secrets.assertAbsent(secrets(), error, file);
        }
    }

    @Test
    void transportFailuresAndGarbageBecomeRetryableTypedErrors() {
        List<HttpTransport> failures = List.of(
                request -> {
                    throw new IOException("connect timed out");
                },
                request -> new HttpTransport.Response(200, Map.of(), "<<not what you expect>>".getBytes(StandardCharsets.UTF_8)),
                request -> new HttpTransport.Response(503, Map.of("Content-Type", List.of("text/html")),
                        "<html>Service Unavailable</html>".getBytes(StandardCharsets.UTF_8)));
        for (String op : declaredRemoteOperations()) {
            for (HttpTransport failure : failures) {
                if (op.equals("cancel") && failure == failures.get(1)) {
                    continue; // a successful cancel has no body worth reading
                }
                CarrierPlugin plugin = started(failure);
                CarrierError error = assertThrows(CarrierError.class, () -> call(plugin, op), op + " on a failing service");
                assertTrue(error.retryable(), op + ": a broken transport or answer is worth retrying, got " + error.kind());
                Secrets.assertAbsent(secrets(), error, op);
            }
        }
    }

    // ---------------------------------------------------------------- statuses and tracking

    @Test
    void everyRawStatusMapsToACanonicalOne() {
        CarrierPlugin plugin = newPlugin();
        if (!plugin.descriptor().capabilities().contains(Capability.TRACK)) {
            return;
        }
        StatusMapping mapping = plugin.statusMapping();
        mapping.entries().forEach((raw, canonical) ->
                assertNotEquals(TrackingStatus.UNKNOWN, canonical.status(), "raw status " + raw + " maps to a real status"));
        TrackingReport report = replay("track", p -> p.track(sampleWaybill()));
        for (TrackingEvent e : report.events()) {
            assertTrue(mapping.entries().containsKey(e.rawStatus()), "raw status " + e.rawStatus() + " of the fixture is documented");
            assertEquals(mapping.map(e.rawStatus()).status(), e.status(), "event " + e.rawStatus() + " uses the table");
        }
        assertEquals(TrackingStatus.UNKNOWN, mapping.map("tck-never-a-status").status());
    }

    @Test
    void trackingReplaysAreIdempotentAndTerminalStatusesNeverRegress() {
        if (!newPlugin().descriptor().capabilities().contains(Capability.TRACK)) {
            return;
        }
        TrackingReport first = replay("track", p -> p.track(sampleWaybill()));
        TrackingReport again = replay("track", p -> p.track(sampleWaybill()));
        assertEquals(first, again, "the same answer parses to the same report");
        TrackingTimeline timeline = new TrackingTimeline();
        assertEquals(first.events().size(), timeline.merge(first.events()).size());
        assertEquals(0, timeline.merge(again.events()).size(), "a replay adds nothing");
        for (int i = 1; i < first.events().size(); i++) {
            assertFalse(first.events().get(i).occurredAt().isBefore(first.events().get(i - 1).occurredAt()), "events oldest first");
        }
        TrackingStatus current = timeline.current();
        first.events().stream().filter(e -> e.status().isTerminal()).findFirst()
                .ifPresent(terminal -> assertEquals(terminal.status(), current, "the first terminal status stays"));
    }

    // ---------------------------------------------------------------- money, units, idempotency

    @Test
    void unitConversionsAreExactOnTheWire() {
        CarrierPlugin probe = newPlugin();
        if (!probe.descriptor().capabilities().contains(Capability.RATE)) {
            return;
        }
        String response = fixtureFolder() + "rate.response";
        RecordingTransport kg = RecordingTransport.replaying(HttpFixture.response(response));
        RecordingTransport grams = RecordingTransport.replaying(HttpFixture.response(response));
        CarrierPlugin a = started(kg);
        CarrierPlugin b = started(grams);
        a.rate(CarrierSamples.rate(sampleService(a), CarrierSamples.parcel()));
        b.rate(CarrierSamples.rate(sampleService(b), CarrierSamples.parcelInGrams()));
        assertEquals(new String(kg.onlyRequest().body(), StandardCharsets.UTF_8),
                new String(grams.onlyRequest().body(), StandardCharsets.UTF_8),
                "2.5 kg and 2500 g must go on the wire identically");
    }

    @Test
    void createShipmentIsIdempotentByKey() {
        CarrierPlugin plugin = newPlugin();
        if (!plugin.descriptor().capabilities().contains(Capability.SHIP)) {
            return;
        }
        RecordingTransport service = new RecordingTransport(simulatedService());
        plugin.start(TestPluginContext.of(settings(), service));
        ShipmentResult first = plugin.createShipment(sampleShipment(plugin, "tck-idem-0001"));
        ShipmentResult retried = plugin.createShipment(sampleShipment(plugin, "tck-idem-0001"));
        ShipmentResult other = plugin.createShipment(sampleShipment(plugin, "tck-idem-0002"));
        assertEquals(first.waybillNumber(), retried.waybillNumber(), "same key, same waybill");
        assertNotEquals(first.waybillNumber(), other.waybillNumber(), "another key books another waybill");
        assertTrue(first.label().format().matches(first.label().content()), "label is a " + first.label().format());
        for (HttpTransport.Request r : service.requests()) {
            Secrets.assertAbsent(secrets(), r.uri().toString(), "a request URI");
        }
    }

    // ---------------------------------------------------------------- helpers

    protected ShipmentRequest sampleShipment(CarrierPlugin plugin, String key) {
        return CarrierSamples.shipment(sampleService(plugin), key, LabelFormat.PDF);
    }

    private List<String> secrets() {
        List<String> secrets = new ArrayList<>();
        secretSettings().forEach(k -> secrets.add(settings().get(k)));
        secrets.add(CarrierSamples.CONSIGNEE_PHONE);
        secrets.add(CarrierSamples.CONSIGNEE_ID_NUMBER);
        secrets.add(CarrierSamples.CONSIGNEE_STREET);
        return secrets;
    }

    private CarrierPlugin started(HttpTransport transport) {
        CarrierPlugin plugin = newPlugin();
        plugin.start(TestPluginContext.of(settings(), transport));
        return plugin;
    }

    private List<String> declaredRemoteOperations() {
        Set<Capability> declared = newPlugin().descriptor().capabilities();
        List<String> ops = new ArrayList<>();
        if (declared.contains(Capability.RATE)) ops.add("rate");
        if (declared.contains(Capability.SHIP)) ops.add("ship");
        if (declared.contains(Capability.TRACK)) ops.add("track");
        if (declared.contains(Capability.CANCEL)) ops.add("cancel");
        return ops;
    }

    private void call(CarrierPlugin plugin, String op) {
        switch (op) {
            case "rate" -> plugin.rate(CarrierSamples.rate(sampleService(plugin), CarrierSamples.parcel()));
            case "ship" -> plugin.createShipment(sampleShipment(plugin, "tck-order-0001-1"));
            case "track" -> plugin.track(sampleWaybill());
            case "cancel" -> plugin.cancel(sampleWaybill());
            default -> fail("unknown operation in a fixture name: " + op);
        }
    }

    /** Runs one operation against the op's fixture response and checks the request against the golden file. */
    private <T> T replay(String op, java.util.function.Function<CarrierPlugin, T> operation) {
        String base = fixtureFolder() + op;
        RecordingTransport transport = RecordingTransport.replaying(HttpFixture.response(base + ".response"));
        CarrierPlugin plugin = started(transport);
        T result = operation.apply(plugin);
        if (Boolean.getBoolean("kuajing.tck.record-golden")) {
            // Recorded in this one run: what was sent is the golden file now (review the diff). Comparing it with
            // the copy on the class path, taken before recording, would fail until a second run.
            HttpFixture.record(base + ".request", transport.onlyRequest());
            return result;
        }
        HttpFixture.assertMatches(HttpFixture.golden(base + ".request"), transport.onlyRequest(), base + ".request");
        return result;
    }

    /**
     * A line-haul carrier's transport data (ship.expected names transportModeCode, transportMeans, voyageNo and
     * masterBillNo) is returned exactly; a carrier whose ship.expected names none returns none.
     */
    private static void assertTransport(Map<String, String> expected, LineHaulTransport transport) {
        if (!expected.containsKey("transportModeCode")) {
            assertNull(transport, "ship.expected names no line-haul transport, the plugin returned " + transport);
            return;
        }
        assertNotNull(transport, "ship.expected names line-haul transport, the plugin returned none");
        assertEquals(expected.get("transportModeCode"), transport.transportModeCode(), "transportModeCode");
        assertEquals(expected.get("transportMeans"), transport.transportMeans(), "transportMeans");
        assertEquals(expected.get("voyageNo"), transport.voyageNo(), "voyageNo");
        assertEquals(expected.get("masterBillNo"), transport.masterBillNo(), "masterBillNo");
    }

    private Map<String, String> expected(String op) {
        String file = fixtureFolder() + op + ".expected";
        Map<String, String> values = new LinkedHashMap<>();
        if (!HttpFixture.exists(file)) {
            return values;
        }
        for (String line : HttpFixture.text(file).split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                values.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
            }
        }
        return values;
    }

    private List<String> expectedEvents(String op) {
        return HttpFixture.text(fixtureFolder() + op + ".expected").lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    private static void assertEvents(List<String> expected, List<TrackingEvent> events) {
        List<String> actual = events.stream()
                .map(e -> e.occurredAt() + " " + e.status() + " " + (e.reason() == null ? "-" : e.reason()))
                .toList();
        assertEquals(expected, actual, "canonical events");
        events.forEach(e -> assertNotNull(Instant.from(e.occurredAt())));
    }

    /** Applies a check to every plugin built for a test; for authors who want more than the contract. */
    protected final void withStartedPlugin(HttpTransport transport, Consumer<CarrierPlugin> check) {
        check.accept(started(transport));
    }
}
