package io.kuajing.plugin.fengchi;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
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
import io.kuajing.plugin.carrier.PickupConfirmation;
import io.kuajing.plugin.carrier.PickupRequest;
import io.kuajing.plugin.carrier.RateQuote;
import io.kuajing.plugin.carrier.RateRequest;
import io.kuajing.plugin.carrier.ShipmentRequest;
import io.kuajing.plugin.carrier.ShipmentResult;
import io.kuajing.plugin.carrier.StatusMapping;
import io.kuajing.plugin.carrier.TrackingEvent;
import io.kuajing.plugin.carrier.TrackingReport;
import io.kuajing.plugin.carrier.WaybillFiling;
import org.w3c.dom.Element;

/**
 * The Fengchi Express plugin. Settings ({@code kuajing.plugins.settings.fengchi-express.*}): {@code base-url},
 * {@code partner-id}, {@code check-word} (secret: signs every request), {@code monthly-account} (月结卡号),
 * {@code customs-code}.
 */
public final class FengchiCarrier implements CarrierPlugin {

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor("fengchi-express", "Fengchi Express", "1.0.0",
            SpiVersion.CURRENT, Set.of(Capability.RATE, Capability.SHIP, Capability.CANCEL, Capability.TRACK,
            Capability.PICKUP, Capability.CUSTOMS_FILING)).withSettings(
            PluginSetting.optional("base-url", PluginSetting.Type.URL, "Fengchi's API, default https://open.fengchi.example"),
            PluginSetting.required("partner-id", PluginSetting.Type.STRING, "the partner id Fengchi issued"),
            PluginSetting.secret("check-word", "the check word that signs every request (X-Msg-Digest)"),
            PluginSetting.required("monthly-account", PluginSetting.Type.STRING, "the monthly settlement account (月结卡号)"),
            PluginSetting.required("customs-code", PluginSetting.Type.STRING,
                    "Fengchi's logistics company code at China customs, carried on the CEB511 waybill"));

    private static final List<Lane> DOMESTIC = List.of(new Lane("CN", "CN", Set.of(CustomsRegime.CBEC_BONDED,
            CustomsRegime.CBEC_BONDED_NON_PILOT, CustomsRegime.CBEC_DIRECT_MAIL, CustomsRegime.GENERAL_TRADE)));
    private static final List<CarrierService> SERVICES = List.of(
            new CarrierService("FC-STD", "风驰标快 standard express", Leg.LAST_MILE, DOMESTIC, 1, 2),
            new CarrierService("FC-ECO", "风驰特惠 economy express", Leg.LAST_MILE, DOMESTIC, 2, 4));

    private final CarrierContext context = new CarrierContext();

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
        return FengchiMapper.STATUSES;
    }

    @Override
    public void start(PluginContext context) {
        this.context.start(context);
    }

    @Override
    public List<RateQuote> rate(RateRequest request) {
        try {
            return FengchiMapper.quotes(call(FengchiMapper.rateRequest(request, context.required("partner-id"))));
        } catch (IllegalArgumentException e) {
            throw CarrierHttp.malformed("Fengchi quote unreadable", e);
        }
    }

    @Override
    public ShipmentResult createShipment(ShipmentRequest request) {
        String xml = FengchiMapper.orderRequest(request, context.required("partner-id"), context.required("monthly-account"));
        try {
            return FengchiMapper.shipmentResult(call(xml), request.serviceCode());
        } catch (IllegalArgumentException e) {
            throw CarrierHttp.malformed("Fengchi order answer unreadable", e);
        }
    }

    @Override
    public void cancel(String waybillNumber) {
        call(FengchiMapper.cancelRequest(waybillNumber, context.required("partner-id")));
    }

    @Override
    public TrackingReport track(String waybillNumber) {
        try {
            return FengchiMapper.trackingReport(call(FengchiMapper.routeRequest(waybillNumber, context.required("partner-id"))));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw CarrierHttp.malformed("Fengchi route answer unreadable", e);
        }
    }

    @Override
    public List<TrackingEvent> parseTrackingPush(byte[] body) {
        try {
            return FengchiMapper.pushedEvents(Xml.parse(new String(body, StandardCharsets.UTF_8)));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw CarrierHttp.malformed("Fengchi route push unreadable", e);
        }
    }

    @Override
    public PickupConfirmation schedulePickup(PickupRequest request) {
        try {
            return FengchiMapper.pickupConfirmation(call(FengchiMapper.pickupRequest(request, context.required("partner-id"))));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw CarrierHttp.malformed("Fengchi pickup answer unreadable", e);
        }
    }

    @Override
    public WaybillFiling waybillFiling(ShipmentRequest request, ShipmentResult result) {
        return WaybillFiling.of(context.required("customs-code"), "风驰速运有限公司", null, request, result);
    }

    /** Every Fengchi call is one signed XML POST; the digest proves the partner without sending the check word. */
    private Element call(String xml) {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        var headers = new LinkedHashMap<String, List<String>>();
        headers.put("Content-Type", List.of("application/xml; charset=utf-8"));
        headers.put("X-Partner-Id", List.of(context.required("partner-id")));
        headers.put("X-Msg-Digest", List.of(digest(xml + context.required("check-word"))));
        String base = context.lent().setting("base-url").orElse("https://open.fengchi.example");
        var request = new HttpTransport.Request("POST", URI.create(base.replaceAll("/$", "") + "/std/service"), headers,
                body, Duration.ofSeconds(10));
        HttpTransport.Response response = CarrierHttp.exchange(context.lent().http(), request);
        return FengchiMapper.body(response.status(), response.bodyText());
    }

    static String digest(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "FengchiCarrier";
    }
}
