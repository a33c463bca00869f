package io.kuajing.logistics.adapter.carrier;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;
import io.kuajing.logistics.domain.Booking;
import io.kuajing.logistics.domain.CarrierCandidate;
import io.kuajing.logistics.domain.CarrierFailure;
import io.kuajing.logistics.domain.CarrierGateway;
import io.kuajing.logistics.domain.CarrierStatus;
import io.kuajing.logistics.domain.Checkpoint;
import io.kuajing.logistics.domain.Goods;
import io.kuajing.logistics.domain.LegKind;
import io.kuajing.logistics.domain.Manifest;
import io.kuajing.logistics.domain.Place;
import io.kuajing.logistics.domain.TrackingEntry;
import io.kuajing.platform.CallTimings;
import io.kuajing.platform.Extensions;
import io.kuajing.plugin.Capability;
import io.kuajing.plugin.CarrierPlugin;
import io.kuajing.plugin.carrier.Address;
import io.kuajing.plugin.carrier.Amount;
import io.kuajing.plugin.carrier.CarrierService;
import io.kuajing.plugin.carrier.Commodity;
import io.kuajing.plugin.carrier.ConsigneeId;
import io.kuajing.plugin.carrier.CustomsRegime;
import io.kuajing.plugin.carrier.LabelFormat;
import io.kuajing.plugin.carrier.Leg;
import io.kuajing.plugin.carrier.LineHaulTransport;
import io.kuajing.plugin.carrier.Parcel;
import io.kuajing.plugin.carrier.RateQuote;
import io.kuajing.plugin.carrier.RateRequest;
import io.kuajing.plugin.carrier.PickupRequest;
import io.kuajing.plugin.carrier.ShipmentRequest;
import io.kuajing.plugin.carrier.ShipmentResult;
import io.kuajing.plugin.carrier.TrackingEvent;
import io.kuajing.plugin.carrier.WaybillFiling;
import io.kuajing.plugin.carrier.Weight;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

/** The carrier plugins behind the domain's gateway port: SPI mapping plus guarded calls. */
@Singleton
class PluginCarrierGateway implements CarrierGateway {

    private final Extensions extensions;
    private final GuardedCalls calls;

    PluginCarrierGateway(Extensions extensions, CarrierCallSettings settings, Clock clock) {
        this(extensions, settings, clock, (target, operation, outcome, elapsed) -> { });
    }

    @Inject
    PluginCarrierGateway(Extensions extensions, CarrierCallSettings settings, Clock clock, CallTimings timings) {
        this.extensions = extensions;
        this.calls = new GuardedCalls(settings, clock, timings);
    }

    @PreDestroy
    void close() {
        calls.close();
    }

    /** Plugins by id; reading the descriptor is cheap and side-effect free by contract, but still guarded against throwing. */
    private Map<String, CarrierPlugin> plugins() {
        Map<String, CarrierPlugin> byId = new java.util.LinkedHashMap<>();
        for (CarrierPlugin p : extensions.all(CarrierPlugin.class)) {
            try {
                byId.putIfAbsent(p.descriptor().id(), p);
            } catch (RuntimeException | LinkageError broken) {
                // A plugin whose descriptor throws is left out rather than taking every carrier down with it.
            }
        }
        return byId;
    }

    @Override
    public List<CarrierCandidate> candidates(LegKind leg, String originCountry, String destinationCountry, Regime regime) {
        CustomsRegime customsRegime = CustomsRegime.valueOf(regime.name());
        List<CarrierCandidate> candidates = new ArrayList<>();
        plugins().forEach((id, plugin) -> {
            List<CarrierService> services;
            try {
                if (!plugin.descriptor().capabilities().contains(Capability.SHIP)) {
                    return;
                }
                services = plugin.services();
            } catch (RuntimeException | LinkageError broken) {
                return;
            }
            for (CarrierService s : services) {
                if (s.leg() == Leg.valueOf(leg.name()) && s.serves(originCountry, destinationCountry, customsRegime)) {
                    candidates.add(new CarrierCandidate(id, s.code(), leg, s.minTransitDays(), s.maxTransitDays()));
                }
            }
        });
        return candidates;
    }

    @Override
    public Optional<Money> quote(CarrierCandidate candidate, Manifest manifest) {
        CarrierPlugin plugin = plugins().get(candidate.carrierId());
        if (plugin == null || !plugin.descriptor().capabilities().contains(Capability.RATE)) {
            return Optional.empty();
        }
        try {
            RateRequest request = new RateRequest(candidate.serviceCode(), address(manifest.from()), address(manifest.to()),
                    List.of(parcel(manifest)), commodities(manifest), CustomsRegime.valueOf(manifest.regime().name()));
            List<RateQuote> quotes = calls.call(candidate.carrierId(), "rate", loader(plugin), () -> plugin.rate(request));
            return quotes.stream().filter(q -> q.serviceCode().equals(candidate.serviceCode())).findFirst()
                    .map(RateQuote::total)
                    // Quotes in another currency are left unquoted: ranking compares CNY only, FX is not logistics' call.
                    .filter(total -> total.currency().equals("CNY"))
                    .map(total -> new Money(total.value(), Currency.getInstance(total.currency())));
        } catch (CarrierFailure failure) {
            if (GuardedCalls.INVALID_INPUT.equals(failure.kind())) {
                throw failure;
            }
            return Optional.empty();
        } catch (IllegalArgumentException unquotable) {
            return Optional.empty();
        }
    }

    @Override
    public Booking book(CarrierCandidate candidate, String idempotencyKey, String orderId, Manifest manifest,
                        boolean collectOnRequest) {
        CarrierPlugin plugin = required(candidate.carrierId());
        boolean onRequest = collectOnRequest && plugin.descriptor().capabilities().contains(Capability.PICKUP);
        ShipmentRequest request;
        try {
            ConsigneeId id = manifest.consigneeIdNumber() == null ? null
                    : new ConsigneeId(ConsigneeId.Type.RESIDENT_ID_CARD, manifest.consigneeIdNumber(), manifest.consigneeName());
            request = new ShipmentRequest(idempotencyKey, orderId, candidate.serviceCode(), address(manifest.from()),
                    address(manifest.to()), id, List.of(parcel(manifest)), commodities(manifest),
                    CustomsRegime.valueOf(manifest.regime().name()), LabelFormat.PDF, onRequest);
        } catch (IllegalArgumentException e) {
            throw new CarrierFailure(candidate.carrierId(), "INVALID_REQUEST", false, null, "cannot build the request: " + e.getMessage());
        }
        ShipmentResult result = calls.call(candidate.carrierId(), "createShipment", loader(plugin), () -> plugin.createShipment(request));
        Booking.Filing filing = null;
        if (plugin.descriptor().capabilities().contains(Capability.CUSTOMS_FILING)) {
            WaybillFiling f = calls.call(candidate.carrierId(), "waybillFiling", loader(plugin), () -> plugin.waybillFiling(request, result));
            filing = new Booking.Filing(f.logisticsCode(), f.logisticsName(), money(f.freight()), f.grossWeight().inKilograms(),
                    f.packNo(), f.goodsInfo());
        }
        LineHaulTransport t = result.transport();
        Booking.Transport transport = t == null ? null
                : new Booking.Transport(t.transportModeCode(), t.transportMeans(), t.voyageNo(), t.masterBillNo());
        return new Booking(result.waybillNumber(), result.label().format().name(), result.label().content(),
                result.charged() == null ? null : money(result.charged()), filing, onRequest, transport);
    }

    @Override
    public void cancel(String carrierId, String waybillNumber) {
        CarrierPlugin plugin = required(carrierId);
        if (!plugin.descriptor().capabilities().contains(Capability.CANCEL)) {
            throw new CarrierFailure(carrierId, "UNSUPPORTED", false, null, carrierId + " takes no cancellations");
        }
        calls.call(carrierId, "cancel", loader(plugin), () -> {
            plugin.cancel(waybillNumber);
            return null;
        });
    }

    @Override
    public boolean takesPickupCalls(String carrierId) {
        CarrierPlugin plugin = required(carrierId);
        return plugin.descriptor().capabilities().contains(Capability.PICKUP);
    }

    @Override
    public void callCourier(String carrierId, String waybillNumber, Place from, java.time.LocalDate day) {
        CarrierPlugin plugin = required(carrierId);
        // A working day at the warehouse: ready from the morning until the evening collection round.
        PickupRequest request = new PickupRequest(address(from), day, java.time.LocalTime.of(9, 0),
                java.time.LocalTime.of(18, 0), List.of(waybillNumber));
        calls.call(carrierId, "schedulePickup", loader(plugin), () -> plugin.schedulePickup(request));
    }

    @Override
    public List<TrackingEntry> track(String carrierId, String waybillNumber) {
        CarrierPlugin plugin = required(carrierId);
        List<TrackingEvent> events = calls.call(carrierId, "track", loader(plugin), () -> plugin.track(waybillNumber).events());
        return events.stream().map(PluginCarrierGateway::entry).toList();
    }

    @Override
    public Map<String, List<TrackingEntry>> parsePush(String carrierId, byte[] body) {
        CarrierPlugin plugin = required(carrierId);
        List<TrackingEvent> events = calls.callLocal(carrierId, "parseTrackingPush", loader(plugin), () -> plugin.parseTrackingPush(body));
        Map<String, List<TrackingEntry>> byWaybill = new java.util.LinkedHashMap<>();
        events.forEach(e -> byWaybill.computeIfAbsent(e.waybillNumber(), k -> new ArrayList<>()).add(entry(e)));
        return byWaybill;
    }

    @Override
    public List<CarrierStatus> carriers() {
        List<CarrierStatus> list = new ArrayList<>();
        plugins().forEach((id, plugin) -> {
            CircuitBreaker b = calls.breaker(id);
            var d = plugin.descriptor();
            List<String> services;
            try {
                services = plugin.services().stream().map(s -> s.code() + " (" + s.leg() + ")").toList();
            } catch (RuntimeException | LinkageError e) {
                services = List.of();
            }
            list.add(new CarrierStatus(id, d.name(), d.version(),
                    d.capabilities().stream().map(Enum::name).sorted().toList(), services, b.state().name(),
                    b.consecutiveFailures(), b.lastFailure(), b.lastFailureAt()));
        });
        return list;
    }

    private CarrierPlugin required(String carrierId) {
        CarrierPlugin plugin = plugins().get(carrierId);
        if (plugin == null) {
            throw new CarrierFailure(carrierId, "NOT_LOADED", false, null, "carrier is not loaded");
        }
        return plugin;
    }

    private static ClassLoader loader(CarrierPlugin plugin) {
        return plugin.getClass().getClassLoader();
    }

    private static TrackingEntry entry(TrackingEvent e) {
        return new TrackingEntry(e.occurredAt(), Checkpoint.valueOf(e.status().name()),
                e.reason() == null ? null : e.reason().name(), e.rawStatus(), e.location(), e.description());
    }

    private static Address address(Place p) {
        return new Address(p.name(), null, p.phone(), p.country(), p.divisionCode(), p.province(), p.city(), p.district(),
                List.of(p.street()), p.postalCode());
    }

    private static Parcel parcel(Manifest m) {
        return Parcel.of(Weight.grams(m.grossWeightGrams()));
    }

    private static List<Commodity> commodities(Manifest m) {
        return m.goods().stream().map(g -> new Commodity(g.sku(), g.description(), g.hsCode(), g.originCountry(),
                g.quantity(), new Amount(g.unitValue().amount(), g.unitValue().currency().getCurrencyCode()),
                Weight.grams(Math.max(1, g.unitWeightGrams())))).toList();
    }

    private static Money money(Amount a) {
        return new Money(a.value(), Currency.getInstance(a.currency()));
    }
}
