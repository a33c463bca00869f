package io.kuajing.plugin.aerolink;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kuajing.plugin.Capability;
import io.kuajing.plugin.CarrierPlugin;
import io.kuajing.plugin.HttpTransport;
import io.kuajing.plugin.PluginContext;
import io.kuajing.plugin.PluginDescriptor;
import io.kuajing.plugin.PluginSetting;
import io.kuajing.plugin.SpiVersion;
import io.kuajing.plugin.carrier.CarrierContext;
import io.kuajing.plugin.carrier.CarrierError;
import io.kuajing.plugin.carrier.CarrierHttp;
import io.kuajing.plugin.carrier.CarrierService;
import io.kuajing.plugin.carrier.CustomsRegime;
import io.kuajing.plugin.carrier.Lane;
import io.kuajing.plugin.carrier.Leg;
import io.kuajing.plugin.carrier.RateQuote;
import io.kuajing.plugin.carrier.RateRequest;
import io.kuajing.plugin.carrier.ShipmentRequest;
import io.kuajing.plugin.carrier.ShipmentResult;
import io.kuajing.plugin.carrier.StatusMapping;
import io.kuajing.plugin.carrier.TrackingEvent;
import io.kuajing.plugin.carrier.TrackingReport;
import io.kuajing.plugin.carrier.WaybillFiling;

/**
 * The AeroLink plugin: thin transport around {@link AeroLinkMapper}. Settings ({@code kuajing.plugins.settings.aerolink.*}):
 * {@code base-url}, {@code api-key} (secret), {@code account}, {@code customs-code} (AeroLink's logistics code at
 * China customs, for CEB511).
 */
public final class AeroLinkCarrier implements CarrierPlugin {

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor("aerolink", "AeroLink air line haul", "1.0.0",
            SpiVersion.CURRENT, Set.of(Capability.RATE, Capability.SHIP, Capability.CANCEL, Capability.TRACK,
            Capability.CUSTOMS_FILING)).withSettings(
            PluginSetting.optional("base-url", PluginSetting.Type.URL, "AeroLink's API, default https://api.aerolink.example"),
            PluginSetting.secret("api-key", "the bearer key AeroLink issued for the account"),
            PluginSetting.required("account", PluginSetting.Type.STRING, "the AeroLink account rates and bookings are made for"),
            PluginSetting.required("customs-code", PluginSetting.Type.STRING,
                    "AeroLink's logistics company code at China customs, carried on the CEB511 waybill"));

    private static final Set<CustomsRegime> DIRECT_MAIL = Set.of(CustomsRegime.CBEC_DIRECT_MAIL);
    private static final List<CarrierService> SERVICES = List.of(
            new CarrierService("AIR-STD", "AeroLink standard air", Leg.LINE_HAUL, lanes("US", "JP", "DE", "GB", "AU", "FR"), 3, 5),
            new CarrierService("AIR-EXP", "AeroLink express air", Leg.LINE_HAUL, lanes("US", "JP", "DE"), 2, 3));

    private final CarrierContext context = new CarrierContext();

    private static List<Lane> lanes(String... origins) {
        return java.util.Arrays.stream(origins).map(o -> new Lane(o, "CN", DIRECT_MAIL)).toList();
    }

    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public List<CarrierService> services() {
        return SERVICES;
    }

    @Override
    public StatusMapping statusMapping() {
        return AeroLinkMapper.STATUSES;
    }

    @Override
    public void start(PluginContext context) {
        // Only remembered: the first call authenticates, so loading the plugin never touches the network.
        this.context.start(context);
    }

    @Override
    public List<RateQuote> rate(RateRequest request) {
        String body = AeroLinkMapper.rateRequest(request, context.required("account"));
        return AeroLinkMapper.quotes(call("POST", "/v2/quotes", body, Map.of()));
    }

    @Override
    public ShipmentResult createShipment(ShipmentRequest request) {
        // The date the shipper writes on the waybill is the warehouse's own date, not UTC's.
        LocalDate shipDate = OriginZone.localDate(context.lent().clock().instant(), request.shipFrom());
        String body = AeroLinkMapper.shipmentRequest(request, context.required("account"), shipDate);
        // AeroLink replays the first answer for a repeated Idempotency-Key: that is what makes retries safe.
        return AeroLinkMapper.shipmentResult(call("POST", "/v2/shipments", body,
                Map.of("Idempotency-Key", request.idempotencyKey())));
    }

    @Override
    public void cancel(String waybillNumber) {
        call("DELETE", "/v2/shipments/" + AeroLinkMapper.pathSegment(waybillNumber), null, Map.of());
    }

    @Override
    public TrackingReport track(String waybillNumber) {
        return AeroLinkMapper.trackingReport(call("GET", "/v2/shipments/" + AeroLinkMapper.pathSegment(waybillNumber) + "/events", null, Map.of()));
    }

    @Override
    public List<TrackingEvent> parseTrackingPush(byte[] body) {
        return AeroLinkMapper.pushedEvents(new String(body, StandardCharsets.UTF_8));
    }

    @Override
    public WaybillFiling waybillFiling(ShipmentRequest request, ShipmentResult result) {
        // Consolidated parcels are filed under the master air waybill they fly on (CEB511 billNo).
        return WaybillFiling.of(context.required("customs-code"), "AeroLink International Logistics",
                result.transport() == null ? null : result.transport().masterBillNo(), request, result);
    }

    private String call(String method, String path, String json, Map<String, String> extraHeaders) {
        var headers = new java.util.LinkedHashMap<String, List<String>>();
        headers.put("Authorization", List.of("Bearer " + context.required("api-key")));
        headers.put("Accept", List.of("application/json"));
        if (json != null) {
            headers.put("Content-Type", List.of("application/json; charset=utf-8"));
        }
        extraHeaders.forEach((k, v) -> headers.put(k, List.of(v)));
        var request = new HttpTransport.Request(method, URI.create(baseUrl() + path), headers,
                json == null ? null : json.getBytes(StandardCharsets.UTF_8), java.time.Duration.ofSeconds(15));
        HttpTransport.Response response = CarrierHttp.exchange(context.lent().http(), request);
        if (!response.isSuccess()) {
            throw AeroLinkMapper.error(response.status(), response.bodyText());
        }
        return response.bodyText();
    }

    private String baseUrl() {
        String url = context.lent().setting("base-url").orElse("https://api.aerolink.example");
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Override
    public String toString() {
        return "AeroLinkCarrier";
    }
}
