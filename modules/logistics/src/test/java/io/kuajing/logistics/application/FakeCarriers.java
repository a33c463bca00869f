package io.kuajing.logistics.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.kuajing.platform.Extensions;
import io.kuajing.plugin.Capability;
import io.kuajing.plugin.CarrierPlugin;
import io.kuajing.plugin.PluginDescriptor;
import io.kuajing.plugin.carrier.Amount;
import io.kuajing.plugin.carrier.CarrierService;
import io.kuajing.plugin.carrier.Charge;
import io.kuajing.plugin.carrier.LineHaulTransport;
import io.kuajing.plugin.carrier.CustomsRegime;
import io.kuajing.plugin.carrier.LabelFormat;
import io.kuajing.plugin.carrier.Lane;
import io.kuajing.plugin.carrier.Leg;
import io.kuajing.plugin.carrier.PickupConfirmation;
import io.kuajing.plugin.carrier.PickupRequest;
import io.kuajing.plugin.carrier.RateQuote;
import io.kuajing.plugin.carrier.RateRequest;
import io.kuajing.plugin.carrier.ShipmentRequest;
import io.kuajing.plugin.carrier.ShipmentResult;
import io.kuajing.plugin.carrier.ShippingDocument;
import io.kuajing.plugin.carrier.TrackingEvent;
import io.kuajing.plugin.carrier.TrackingReport;
import io.kuajing.plugin.carrier.TrackingStatus;
import io.kuajing.plugin.carrier.WaybillFiling;
import jakarta.inject.Singleton;

/**
 * The app's plugin registry stand-in for logistics tests: in-memory carriers that can be told to hang or throw.
 * slow-air is the cheapest line haul but hangs on booking; fast-air books; city-express carries the last mile;
 * broken throws from every call.
 */
@Singleton
public class FakeCarriers implements Extensions {

    static final Set<CustomsRegime> ALL = Set.of(CustomsRegime.values());

    final Fake slowAir = new Fake("slow-air", Leg.LINE_HAUL, "US", Set.of(CustomsRegime.CBEC_DIRECT_MAIL), "50.00");
    final Fake fastAir = new Fake("fast-air", Leg.LINE_HAUL, "US", Set.of(CustomsRegime.CBEC_DIRECT_MAIL), "80.00");
    final Fake cityExpress = new Fake("city-express", Leg.LAST_MILE, "CN", ALL, "18.00");
    final Fake broken = new Fake("broken", Leg.LAST_MILE, "CN", ALL, "1.00");
    /** The cheapest for bonded parcels, but takes no pickup calls: it would collect goods still under bond. */
    final Fake bondedVan = new Fake("bonded-van", Leg.LAST_MILE, "CN", Set.of(CustomsRegime.CBEC_BONDED), "5.00");

    FakeCarriers() {
        slowAir.hangOnBooking = true;
        broken.throwEverywhere = true;
        bondedVan.takesPickupCalls = false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> List<T> all(Class<T> spi) {
        return spi == CarrierPlugin.class ? (List<T>) List.of(broken, cityExpress, fastAir, slowAir, bondedVan) : List.of();
    }

    /** A scriptable carrier. */
    /** A unit price the fakes' rate tables do not reach (below the host's own bound of 1,000,000). */
    public static final java.math.BigDecimal PRICE_TOO_BIG_FOR_THE_FAKES = new java.math.BigDecimal("500000");

    public static final class Fake implements CarrierPlugin {
        final String id;
        final Leg leg;
        final String origin;
        final Set<CustomsRegime> regimes;
        final String price;
        volatile boolean hangOnBooking;
        volatile boolean throwEverywhere;
        volatile boolean takesPickupCalls = true;
        /** Waybills whose pickup the carrier refuses for good (not served there). */
        final java.util.Set<String> refusedPickups = java.util.concurrent.ConcurrentHashMap.newKeySet();
        final Map<String, String> waybillsByKey = new ConcurrentHashMap<>();
        final Map<String, List<TrackingEvent>> tracking = new ConcurrentHashMap<>();
        final List<String> bookingAttempts = new CopyOnWriteArrayList<>();
        /** How many times the carrier was asked for a rate. */
        final AtomicInteger rateRequests = new AtomicInteger();
        /** Keys booked as "issue the waybill, send the courier when called", and the waybills the courier was called for. */
        final List<String> collectOnRequest = new CopyOnWriteArrayList<>();
        final List<String> pickups = new CopyOnWriteArrayList<>();
        final List<String> cancelled = new CopyOnWriteArrayList<>();
        final List<String> pickupAttempts = new CopyOnWriteArrayList<>();
        /** Idempotency keys the carrier answers with a waybill number longer than any store keeps. */
        final Set<String> oversizedWaybills = ConcurrentHashMap.newKeySet();
        private final AtomicInteger sequence = new AtomicInteger();

        Fake(String id, Leg leg, String origin, Set<CustomsRegime> regimes, String price) {
            this.id = id;
            this.leg = leg;
            this.origin = origin;
            this.regimes = regimes;
            this.price = price;
        }

        @Override
        public PluginDescriptor descriptor() {
            Set<Capability> capabilities = new java.util.HashSet<>(Set.of(Capability.RATE, Capability.SHIP, Capability.TRACK,
                    Capability.CUSTOMS_FILING, Capability.CANCEL));
            if (takesPickupCalls) {
                capabilities.add(Capability.PICKUP);
            }
            return new PluginDescriptor(id, id, "1.0", 1, capabilities);
        }

        @Override
        public List<CarrierService> services() {
            return List.of(new CarrierService(id.toUpperCase() + "-STD", id, leg, List.of(new Lane(origin, "CN", regimes)), 1, 3));
        }

        @Override
        public List<RateQuote> rate(RateRequest request) {
            rateRequests.incrementAndGet();
            if (throwEverywhere) {
                throw new IllegalStateException("boom");
            }
            if (request.commodities().stream().anyMatch(c -> c.unitValue().value().compareTo(PRICE_TOO_BIG_FOR_THE_FAKES) >= 0)) {
                // Like a plugin whose rate table stops at a price: it cannot take the request's values.
                throw new ArithmeticException("price beyond the rate table");
            }
            return List.of(new RateQuote(request.serviceCode(), List.of(new Charge("BASE", Amount.cny(price))), 1, 3));
        }

        @Override
        public ShipmentResult createShipment(ShipmentRequest request) {
            bookingAttempts.add(request.idempotencyKey());
            if (request.collectOnRequest()) {
                collectOnRequest.add(request.idempotencyKey());
            }
            if (throwEverywhere) {
                throw new NoClassDefFoundError("missing/Dependency");
            }
            if (hangOnBooking) {
                try {
                    Thread.sleep(30_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new IllegalStateException("interrupted");
            }
            String waybill = waybillsByKey.computeIfAbsent(request.idempotencyKey(), k -> id.toUpperCase() + "-" + sequence.incrementAndGet()
                    + (oversizedWaybills.contains(k) ? "-" + "9".repeat(100) : ""));
            // A line haul says which flight and master air waybill the parcel travels under; couriers say nothing.
            LineHaulTransport transport = leg == Leg.LINE_HAUL
                    ? new LineHaulTransport("5", id.toUpperCase() + "-FLT", "20260302", "MAWB-" + waybill)
                    : null;
            return new ShipmentResult(waybill, request.serviceCode(), new ShippingDocument(ShippingDocument.Kind.LABEL,
                    LabelFormat.PDF, "%PDF-1.4 fake".getBytes(StandardCharsets.US_ASCII)), List.of(), Amount.cny(price),
                    transport);
        }

        @Override
        public TrackingReport track(String waybillNumber) {
            if (throwEverywhere) {
                throw new IllegalStateException("boom");
            }
            return new TrackingReport(waybillNumber, tracking.getOrDefault(waybillNumber, List.of()));
        }

        /** Push format of the fakes: one {@code waybill|instant|STATUS} per line. */
        @Override
        public List<TrackingEvent> parseTrackingPush(byte[] body) {
            List<TrackingEvent> events = new ArrayList<>();
            for (String line : new String(body, StandardCharsets.UTF_8).split("\n")) {
                String[] f = line.trim().split("\\|");
                events.add(new TrackingEvent(f[0], Instant.parse(f[1]), TrackingStatus.valueOf(f[2]), null, f[2], "", ""));
            }
            return events;
        }

        @Override
        public void cancel(String waybillNumber) {
            if (tracking.getOrDefault(waybillNumber, List.of()).stream().anyMatch(e -> e.status() != TrackingStatus.PENDING)) {
                throw new io.kuajing.plugin.carrier.CarrierError(io.kuajing.plugin.carrier.CarrierError.Kind.TOO_LATE, "already picked up");
            }
            cancelled.add(waybillNumber);
        }

        @Override
        public PickupConfirmation schedulePickup(PickupRequest request) {
            pickupAttempts.addAll(request.waybillNumbers());
            if (request.waybillNumbers().stream().anyMatch(refusedPickups::contains)) {
                throw new io.kuajing.plugin.carrier.CarrierError(io.kuajing.plugin.carrier.CarrierError.Kind.INVALID_REQUEST, "not served there");
            }
            pickups.addAll(request.waybillNumbers());
            return new PickupConfirmation("PK-" + pickups.size(), request.date());
        }

        @Override
        public WaybillFiling waybillFiling(ShipmentRequest request, ShipmentResult result) {
            return WaybillFiling.of("LC-" + id, id, null, request, result);
        }

        void scan(String waybill, Instant at, TrackingStatus status) {
            tracking.computeIfAbsent(waybill, k -> new CopyOnWriteArrayList<>()).add(new TrackingEvent(waybill, at, status, null, status.name(), "", ""));
        }
    }
}
