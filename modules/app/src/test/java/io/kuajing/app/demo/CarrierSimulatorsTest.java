package io.kuajing.app.demo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.kuajing.platform.Extensions;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.plugin.CarrierPlugin;
import io.kuajing.plugin.HttpTransport;
import io.kuajing.plugin.PluginContext;
import io.kuajing.plugin.carrier.Address;
import io.kuajing.plugin.carrier.Amount;
import io.kuajing.plugin.carrier.CarrierError;
import io.kuajing.plugin.carrier.Commodity;
import io.kuajing.plugin.carrier.ConsigneeId;
import io.kuajing.plugin.carrier.CustomsRegime;
import io.kuajing.plugin.carrier.Dimensions;
import io.kuajing.plugin.carrier.LabelFormat;
import io.kuajing.plugin.carrier.LineHaulTransport;
import io.kuajing.plugin.carrier.Parcel;
import io.kuajing.plugin.carrier.PickupRequest;
import io.kuajing.plugin.carrier.RateQuote;
import io.kuajing.plugin.carrier.RateRequest;
import io.kuajing.plugin.carrier.ShipmentRequest;
import io.kuajing.plugin.carrier.ShipmentResult;
import io.kuajing.plugin.carrier.TrackingEvent;
import io.kuajing.plugin.carrier.TrackingStatus;
import io.kuajing.plugin.carrier.Weight;
import io.kuajing.sandbox.CarrierSimulators;
import io.kuajing.sandbox.SimulatedClock;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The real reference plugin JARs, loaded by the app from its plugin folder in their own class loaders, against the
 * simulated carriers: rate, book (idempotently), label, cancel and track a parcel through its whole trip as
 * simulated time passes, and refuse wrong credentials with a typed error.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CarrierSimulatorsTest implements WithTestDatabase {

    static final Path SHIPPED = Path.of("target", "kuajing", "plugins");

    /** The trip order a parcel's latest status must follow: later in the list is further along. */
    private static final List<TrackingStatus> TRIP = List.of(TrackingStatus.PENDING, TrackingStatus.PICKED_UP,
            TrackingStatus.IN_TRANSIT, TrackingStatus.CUSTOMS_PROCESSING, TrackingStatus.CUSTOMS_RELEASED,
            TrackingStatus.HANDED_TO_LAST_MILE, TrackingStatus.OUT_FOR_DELIVERY, TrackingStatus.DELIVERED);

    /** Time moves only when a test moves it, so every trip is replayed step by step, the same on every run. */
    private final CarrierSimulators carriers = CarrierSimulators.start(SimulatedClock.manual());

    @Inject
    Extensions extensions;

    /** How each carrier is used in Kuajing's routes, and what its waybills and trips look like. */
    private record Scenario(String service, Address from, Address to, CustomsRegime regime, Pattern waybill,
                            TrackingStatus tripEnd, String secretSetting) {
    }

    private static final Map<String, Scenario> SCENARIOS = Map.of(
            CarrierSimulators.AEROLINK, new Scenario("AIR-STD", overseasWarehouse(), port(), CustomsRegime.CBEC_DIRECT_MAIL,
                    Pattern.compile("784[0-9]{8}"), TrackingStatus.HANDED_TO_LAST_MILE, "api-key"),
            CarrierSimulators.FENGCHI, new Scenario("FC-STD", bondedWarehouse(), consumer(), CustomsRegime.CBEC_BONDED,
                    Pattern.compile("FC[0-9]{10}"), TrackingStatus.DELIVERED, "check-word"),
            CarrierSimulators.POSTAL, new Scenario("EMS-INTL", overseasWarehouse(), consumer(), CustomsRegime.CBEC_DIRECT_MAIL,
                    Pattern.compile("EA[0-9]{9}CN"), TrackingStatus.DELIVERED, "secret-key"));

    @Override
    public Map<String, String> getProperties() {
        assertTrue(Files.isDirectory(SHIPPED), "the build copies the reference plugins to " + SHIPPED.toAbsolutePath());
        Map<String, String> properties = new HashMap<>(WithTestDatabase.super.getProperties());
        properties.put("kuajing.plugins.dir", SHIPPED.toString());
        properties.putAll(carriers.settings());
        return properties;
    }

    @AfterAll
    void stopTheCarriers() {
        carriers.close();
    }

    @Test
    void theSettingsPointEveryReferencePluginAtItsSimulatorOnLoopback() {
        assertEquals(List.of("aerolink", "cn-mall", "fengchi-express", "postal-ems", "us-spapi"), List.copyOf(carriers.baseUrls().keySet()));
        carriers.baseUrls().values().forEach(url -> assertEquals("127.0.0.1", url.getHost()));
        assertEquals(Map.of("base-url", carriers.baseUrls().get("aerolink").toString()),
                Map.of("base-url", carriers.settings().get("kuajing.plugins.settings.aerolink.base-url")));
        assertTrue(carriers.settingsOf("aerolink").keySet().containsAll(List.of("base-url", "api-key", "account", "customs-code")));
        assertTrue(carriers.settingsOf("fengchi-express").keySet().containsAll(
                List.of("base-url", "partner-id", "check-word", "monthly-account", "customs-code")));
        assertTrue(carriers.settingsOf("postal-ems").keySet().containsAll(List.of("base-url", "customer-code", "secret-key")));
        assertFalse(carriers.toString().contains(carriers.settingsOf("aerolink").get("api-key")), "no credentials in toString");
        assertEquals(SCENARIOS.keySet().stream().sorted().toList(), plugins().keySet().stream().sorted().toList());
        // Loaded from the shipped JARs, each in its own class loader, not from this test's class path.
        plugins().values().forEach(p -> assertNotEquals(getClass().getClassLoader(), p.getClass().getClassLoader()));
    }

    @Test
    void everyCarrierQuotesPositiveRatesInYuan() {
        assertAll(plugins().entrySet().stream().map(e -> () -> {
            Scenario s = SCENARIOS.get(e.getKey());
            List<RateQuote> quotes = e.getValue().rate(new RateRequest(s.service(), s.from(), s.to(), List.of(parcel()),
                    List.of(commodity()), s.regime()));
            assertFalse(quotes.isEmpty(), e.getKey());
            quotes.forEach(q -> {
                assertEquals("CNY", q.total().currency(), e.getKey());
                assertTrue(q.total().value().signum() > 0, e.getKey() + " " + q.total());
                assertTrue(q.minTransitDays() > 0 && q.maxTransitDays() >= q.minTransitDays(), e.getKey());
            });
        }));
    }

    @Test
    void aBookingGetsAWaybillInTheCarriersFormatAndAPrintableLabel() {
        assertAll(plugins().entrySet().stream().map(e -> () -> {
            Scenario s = SCENARIOS.get(e.getKey());
            ShipmentResult pdf = e.getValue().createShipment(shipment(s, "kj-label-pdf-" + e.getKey(), LabelFormat.PDF));
            assertTrue(s.waybill().matcher(pdf.waybillNumber()).matches(), e.getKey() + ": " + pdf.waybillNumber());
            assertEquals(LabelFormat.PDF, pdf.label().format());
            assertTrue(LabelFormat.PDF.matches(pdf.label().content()), e.getKey() + " label is a PDF");
            ShipmentResult zpl = e.getValue().createShipment(shipment(s, "kj-label-zpl-" + e.getKey(), LabelFormat.ZPL));
            assertTrue(LabelFormat.ZPL.matches(zpl.label().content()), e.getKey() + " label is ZPL");
        }));
    }

    @Test
    void theLineHaulNamesTheFlightAndMasterAirWaybillCustomsDeclaresAndCouriersNone() {
        Map<String, CarrierPlugin> plugins = plugins();
        Scenario air = SCENARIOS.get(CarrierSimulators.AEROLINK);
        LocalDate departure = LocalDate.ofInstant(carriers.clock().instant().plus(Duration.ofDays(1)), java.time.ZoneOffset.UTC);
        LineHaulTransport first = plugins.get(CarrierSimulators.AEROLINK)
                .createShipment(shipment(air, "kj-flight-1", LabelFormat.PDF)).transport();
        LineHaulTransport second = plugins.get(CarrierSimulators.AEROLINK)
                .createShipment(shipment(air, "kj-flight-2", LabelFormat.PDF)).transport();
        assertEquals("5", first.transportModeCode(), "air transport, customs' JGS-20 code");
        assertEquals("KJ801", first.transportMeans(), "the Newark freighter to Pudong");
        assertTrue(Set.of(departure.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE),
                departure.plusDays(1).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)).contains(first.voyageNo()),
                "the voyage is the flight's date, the day after booking: " + first.voyageNo());
        assertTrue(first.masterBillNo().matches("784[0-9]{8}"), first.masterBillNo());
        long serial = Long.parseLong(first.masterBillNo().substring(3, 10));
        assertEquals(serial % 7, first.masterBillNo().charAt(10) - '0', "IATA check digit");
        assertEquals(first, second, "parcels on the same flight share its master air waybill");

        for (String courier : List.of(CarrierSimulators.FENGCHI, CarrierSimulators.POSTAL)) {
            Scenario s = SCENARIOS.get(courier);
            assertEquals(null, plugins.get(courier).createShipment(shipment(s, "kj-flight-" + courier, LabelFormat.PDF))
                    .transport(), courier);
        }
    }

    @Test
    void aRetriedBookingGetsTheSameWaybillAndAnotherOrderAnother() {
        assertAll(plugins().entrySet().stream().map(e -> () -> {
            Scenario s = SCENARIOS.get(e.getKey());
            String first = e.getValue().createShipment(shipment(s, "kj-1001-" + e.getKey(), LabelFormat.PDF)).waybillNumber();
            String retried = e.getValue().createShipment(shipment(s, "kj-1001-" + e.getKey(), LabelFormat.PDF)).waybillNumber();
            String other = e.getValue().createShipment(shipment(s, "kj-1002-" + e.getKey(), LabelFormat.PDF)).waybillNumber();
            assertEquals(first, retried, e.getKey());
            assertNotEquals(first, other, e.getKey());
        }));
    }

    @Test
    void concurrentRetriesOfOneBookingGetOneWaybill() throws Exception {
        var pool = Executors.newFixedThreadPool(8);
        try {
            for (var e : plugins().entrySet()) {
                ShipmentRequest request = shipment(SCENARIOS.get(e.getKey()), "kj-race-" + e.getKey(), LabelFormat.PDF);
                List<Future<String>> waybills = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    waybills.add(pool.submit(() -> e.getValue().createShipment(request).waybillNumber()));
                }
                Set<String> distinct = new HashSet<>();
                for (Future<String> waybill : waybills) {
                    distinct.add(waybill.get(10, TimeUnit.SECONDS));
                }
                assertEquals(1, distinct.size(), e.getKey() + ": " + distinct);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void trackingAdvancesWithSimulatedTimeToTheEndOfTheTripAndNeverGoesBack() {
        Map<String, String> waybills = new HashMap<>();
        plugins().forEach((id, plugin) -> waybills.put(id,
                plugin.createShipment(shipment(SCENARIOS.get(id), "kj-trip-" + id, LabelFormat.PDF)).waybillNumber()));
        Map<String, List<TrackingEvent>> seen = new HashMap<>();
        Map<String, List<TrackingStatus>> latest = new HashMap<>();
        for (int step = 0; step < 40; step++) {  // 40 x 6 h = 10 days, the slowest promise
            plugins().forEach((id, plugin) -> {
                List<TrackingEvent> events = plugin.track(waybills.get(id)).events();
                List<TrackingEvent> before = seen.getOrDefault(id, List.of());
                assertEquals(before, events.subList(0, Math.min(before.size(), events.size())), id + ": history never changes");
                assertTrue(events.size() >= before.size(), id + ": no scan disappears");
                seen.put(id, events);
                if (!events.isEmpty()) {
                    latest.computeIfAbsent(id, k -> new ArrayList<>()).add(events.get(events.size() - 1).status());
                }
            });
            carriers.clock().advance(Duration.ofHours(6));
        }
        assertAll(SCENARIOS.entrySet().stream().map(e -> () -> {
            List<TrackingStatus> statuses = latest.get(e.getKey());
            assertEquals(e.getValue().tripEnd(), statuses.get(statuses.size() - 1), e.getKey() + " reached the end: " + statuses);
            for (int i = 1; i < statuses.size(); i++) {
                assertTrue(TRIP.indexOf(statuses.get(i)) >= TRIP.indexOf(statuses.get(i - 1)), e.getKey() + " went back: " + statuses);
            }
            assertTrue(statuses.stream().distinct().count() >= 4, e.getKey() + " advanced step by step: " + statuses);
            assertTrue(seen.get(e.getKey()).stream().noneMatch(ev -> ev.status() == TrackingStatus.UNKNOWN),
                    e.getKey() + ": every raw code is one the plugin documents");
        }));
        assertTrue(latest.get(CarrierSimulators.POSTAL).contains(TrackingStatus.CUSTOMS_RELEASED), "the post clears 9610 itself");
        assertTrue(latest.get(CarrierSimulators.AEROLINK).contains(TrackingStatus.CUSTOMS_PROCESSING), "AeroLink clears 9610 at Pudong");
    }

    @Test
    void anAcceleratedDirectMailTripIsDeliveredInSeconds() throws Exception {
        try (CarrierSimulators fast = CarrierSimulators.start(Duration.ofMillis(100))) {  // a simulated day per 0.1 s
            CarrierPlugin post = startedCopy(CarrierSimulators.POSTAL, fast.settingsOf(CarrierSimulators.POSTAL));
            String item = post.createShipment(shipment(SCENARIOS.get(CarrierSimulators.POSTAL), "kj-fast-0001", LabelFormat.PDF))
                    .waybillNumber();
            long started = System.nanoTime();
            TrackingStatus status = TrackingStatus.PENDING;
            while (status != TrackingStatus.DELIVERED && System.nanoTime() - started < Duration.ofSeconds(5).toNanos()) {
                Thread.sleep(50);
                List<TrackingEvent> events = post.track(item).events();
                status = events.isEmpty() ? status : events.get(events.size() - 1).status();
            }
            assertEquals(TrackingStatus.DELIVERED, status);
            assertTrue(System.nanoTime() - started < Duration.ofSeconds(2).toNanos(), "a 6-day trip at 0.1 s a day");
        }
    }

    @Test
    void cancellingBeforePickupWorksAndAfterItIsTooLate() {
        for (String id : List.of(CarrierSimulators.AEROLINK, CarrierSimulators.FENGCHI)) {
            CarrierPlugin plugin = plugins().get(id);
            Scenario s = SCENARIOS.get(id);
            String early = plugin.createShipment(shipment(s, "kj-cancel-early-" + id, LabelFormat.PDF)).waybillNumber();
            plugin.cancel(early);
            List<TrackingEvent> events = plugin.track(early).events();
            assertEquals(TrackingStatus.CANCELLED, events.get(events.size() - 1).status(), id);

            String late = plugin.createShipment(shipment(s, "kj-cancel-late-" + id, LabelFormat.PDF)).waybillNumber();
            carriers.clock().advance(Duration.ofDays(2));
            CarrierError tooLate = assertThrows(CarrierError.class, () -> plugin.cancel(late), id);
            assertEquals(CarrierError.Kind.TOO_LATE, tooLate.kind(), id);
        }
    }

    @Test
    void aWaybillTheCarrierNeverIssuedIsNotFound() {
        Map<String, String> strangers = Map.of(CarrierSimulators.AEROLINK, "78499999990",
                CarrierSimulators.FENGCHI, "FC9999999999", CarrierSimulators.POSTAL, "EA999999995CN");
        assertAll(plugins().entrySet().stream().map(e -> () -> {
            CarrierError error = assertThrows(CarrierError.class, () -> e.getValue().track(strangers.get(e.getKey())), e.getKey());
            assertEquals(CarrierError.Kind.NOT_FOUND, error.kind(), e.getKey());
        }));
    }

    @Test
    void fengchiSchedulesAPickupAtTheBondedWarehouse() {
        var confirmation = plugins().get(CarrierSimulators.FENGCHI).schedulePickup(new PickupRequest(bondedWarehouse(),
                LocalDate.of(2026, 3, 3), LocalTime.of(14, 0), LocalTime.of(17, 0), List.of("FC2000000001")));
        assertEquals(LocalDate.of(2026, 3, 3), confirmation.date());
        assertTrue(confirmation.confirmationNumber().startsWith("PK"), confirmation.confirmationNumber());
    }

    @Test
    void aFengchiWaybillOrderedWithoutACourierMovesOnlyOnceThePickupNamesIt() {
        CarrierPlugin fengchi = plugins().get(CarrierSimulators.FENGCHI);
        ShipmentRequest usual = shipment(SCENARIOS.get(CarrierSimulators.FENGCHI), "kj-bonded-0001", LabelFormat.PDF);
        String waybill = fengchi.createShipment(new ShipmentRequest(usual.idempotencyKey(), usual.reference(),
                usual.serviceCode(), usual.shipFrom(), usual.shipTo(), usual.consigneeId(), usual.parcels(),
                usual.commodities(), usual.regime(), usual.labelFormat(), true)).waybillNumber();
        carriers.clock().advance(Duration.ofDays(3));
        assertTrue(fengchi.track(waybill).events().isEmpty(), "under bond: no courier came");

        fengchi.schedulePickup(new PickupRequest(bondedWarehouse(), LocalDate.of(2026, 3, 3), LocalTime.of(9, 0),
                LocalTime.of(18, 0), List.of(waybill)));
        carriers.clock().advance(Duration.ofDays(3));
        List<TrackingEvent> events = fengchi.track(waybill).events();
        assertEquals(TrackingStatus.DELIVERED, events.get(events.size() - 1).status(), "collected, then delivered: " + events);
    }

    @Test
    void wrongCredentialsAreATypedAuthenticationErrorNotACrash() throws Exception {
        for (String id : SCENARIOS.keySet()) {
            Map<String, String> wrong = new HashMap<>(carriers.settingsOf(id));
            wrong.put(SCENARIOS.get(id).secretSetting(), "not-the-" + SCENARIOS.get(id).secretSetting());
            CarrierPlugin plugin = startedCopy(id, wrong);
            Scenario s = SCENARIOS.get(id);
            CarrierError onRate = assertThrows(CarrierError.class, () -> plugin.rate(new RateRequest(s.service(), s.from(), s.to(),
                    List.of(parcel()), List.of(commodity()), s.regime())), id);
            assertEquals(CarrierError.Kind.AUTHENTICATION, onRate.kind(), id);
            CarrierError onBooking = assertThrows(CarrierError.class,
                    () -> plugin.createShipment(shipment(s, "kj-wrong-key-" + id, LabelFormat.PDF)), id);
            assertEquals(CarrierError.Kind.AUTHENTICATION, onBooking.kind(), id);
            assertFalse(onBooking.getMessage().contains("not-the-"), id + ": the presented secret is not echoed");
        }
    }

    private Map<String, CarrierPlugin> plugins() {
        return extensions.all(CarrierPlugin.class).stream()
                .collect(Collectors.toMap(p -> p.descriptor().id(), Function.identity()));
    }

    /** A fresh instance of the plugin class the app loaded from its JAR, started with other settings. */
    private CarrierPlugin startedCopy(String id, Map<String, String> settings) throws Exception {
        CarrierPlugin copy = plugins().get(id).getClass().getDeclaredConstructor().newInstance();
        copy.start(new LoopbackContext(settings));
        return copy;
    }

    private static ShipmentRequest shipment(Scenario s, String key, LabelFormat format) {
        return new ShipmentRequest(key, "KJ" + key.hashCode(), s.service(), s.from(), s.to(),
                new ConsigneeId(ConsigneeId.Type.RESIDENT_ID_CARD, "11010519491231002X", "张三"),
                List.of(parcel()), List.of(commodity()), s.regime(), format);
    }

    private static Parcel parcel() {
        return new Parcel(Weight.kilograms("2.5"), Dimensions.cm("30", "20", "15"));
    }

    private static Commodity commodity() {
        return new Commodity("SKU-VITC-100", "Vitamin C 1000mg, 100 tablets", "2106909090", "US", 2, Amount.cny("199.90"),
                Weight.grams(250));
    }

    private static Address consumer() {
        return new Address("张三", null, "13812345678", "CN", "310115", "上海市", "上海市", "浦东新区",
                List.of("世纪大道100号8楼"), "200120");
    }

    private static Address overseasWarehouse() {
        return new Address("Kuajing Overseas US", "Kuajing Ltd", "+12015550100", "US", null, "NJ", "Newark", null,
                List.of("100 Port St", "Building 4"), "07114");
    }

    private static Address port() {
        return new Address("浦东机场海关监管仓", "Kuajing", "02168880000", "CN", "310115", "上海市", "上海市", "浦东新区",
                List.of("机场大道1号"), "201207");
    }

    private static Address bondedWarehouse() {
        return new Address("外高桥保税仓", "Kuajing", "02158660000", "CN", "310115", "上海市", "上海市", "浦东新区",
                List.of("富特北路456号"), "200131");
    }

    /** What the host lends a plugin, reduced to settings and a plain JDK client: enough to talk to loopback. */
    private record LoopbackContext(Map<String, String> settings) implements PluginContext {

        private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        @Override
        public HttpTransport http() {
            return request -> {
                var builder = HttpRequest.newBuilder(request.uri()).timeout(Duration.ofSeconds(5)).method(request.method(),
                        request.body().length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(request.body()));
                request.headers().forEach((name, values) -> values.forEach(v -> builder.header(name, v)));
                try {
                    HttpResponse<byte[]> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
                    return new HttpTransport.Response(response.statusCode(), response.headers().map(), response.body());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted");
                }
            };
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }

        @Override
        public Path workDirectory() {
            throw new UnsupportedOperationException("the reference plugins keep no files");
        }
    }
}
