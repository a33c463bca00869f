package io.kuajing.plugin.postal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
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
import io.kuajing.plugin.carrier.TrackingReport;

/**
 * The postal EMS plugin: rates, bookings and tracking; no cancel (the post does not take cancellations over its
 * API) and no pushes. Settings ({@code kuajing.plugins.settings.postal-ems.*}): {@code base-url},
 * {@code customer-code}, {@code secret-key} (secret: signs every request).
 */
public final class PostalEmsCarrier implements CarrierPlugin {

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor("postal-ems", "Postal EMS", "1.0.0",
            SpiVersion.CURRENT, Set.of(Capability.RATE, Capability.SHIP, Capability.TRACK)).withSettings(
            PluginSetting.optional("base-url", PluginSetting.Type.URL, "the post's EMS API, default https://api.post-ems.example"),
            PluginSetting.required("customer-code", PluginSetting.Type.STRING, "the EMS customer code"),
            PluginSetting.secret("secret-key", "the key that signs every request (HMAC-SHA256)"));

    private static final List<CarrierService> SERVICES = List.of(
            new CarrierService("EMS-INTL", "International EMS to China", Leg.END_TO_END,
                    Arrays.stream(new String[] {"US", "JP", "DE", "GB", "AU", "FR", "KR"})
                            .map(o -> new Lane(o, "CN", Set.of(CustomsRegime.CBEC_DIRECT_MAIL))).toList(), 6, 10),
            new CarrierService("EMS-CN", "Domestic EMS", Leg.LAST_MILE, List.of(new Lane("CN", "CN",
                    Set.of(CustomsRegime.CBEC_BONDED, CustomsRegime.CBEC_BONDED_NON_PILOT, CustomsRegime.CBEC_DIRECT_MAIL,
                            CustomsRegime.GENERAL_TRADE))), 2, 4),
            // A 9610 export parcel from a Chinese vendor to a buyer abroad, the label in the destination's format.
            new CarrierService("EMS-OUT", "International EMS from China", Leg.END_TO_END, Arrays.stream(new String[] {"US", "JP"})
                    .map(d -> new Lane("CN", d, Set.of(CustomsRegime.CBEC_DIRECT_MAIL))).toList(), 5, 9));

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
        return PostalMapper.STATUSES;
    }

    @Override
    public void start(PluginContext context) {
        this.context.start(context);
    }

    /** The post prices one service per call, so a request naming none asks once for each service serving its lane. */
    @Override
    public List<RateQuote> rate(RateRequest request) {
        if (request.serviceCode() != null) {
            return rateOne(request);
        }
        List<String> serving = SERVICES.stream()
                .filter(s -> s.serves(request.shipFrom().countryCode(), request.shipTo().countryCode(), request.regime()))
                .map(CarrierService::code).toList();
        if (serving.isEmpty()) {
            throw new CarrierError(CarrierError.Kind.LANE_NOT_SERVED, "no postal service from "
                    + request.shipFrom().countryCode() + " to " + request.shipTo().countryCode() + " under " + request.regime());
        }
        List<RateQuote> quotes = new ArrayList<>();
        for (String code : serving) {
            quotes.addAll(rateOne(new RateRequest(code, request.shipFrom(), request.shipTo(), request.parcels(),
                    request.commodities(), request.regime())));
        }
        return quotes;
    }

    private List<RateQuote> rateOne(RateRequest request) {
        Map<String, String> answer = call(PostalMapper.rate(request, context.required("customer-code"), context.lent().clock().instant()));
        try {
            return PostalMapper.quotes(answer);
        } catch (RuntimeException e) {
            throw PostalMapper.unreadable(e);
        }
    }

    @Override
    public ShipmentResult createShipment(ShipmentRequest request) {
        Map<String, String> answer = call(PostalMapper.order(request, context.required("customer-code"), context.lent().clock().instant()));
        try {
            ShipmentResult result = PostalMapper.shipment(answer, request.serviceCode());
            if (!S10.isValid(result.waybillNumber())) {
                throw new IllegalArgumentException("not an S10 number");
            }
            return result;
        } catch (RuntimeException e) {
            throw PostalMapper.unreadable(e);
        }
    }

    @Override
    public TrackingReport track(String waybillNumber) {
        if (!S10.isValid(waybillNumber)) {
            // Saves a round trip, and the post answers a mistyped number with a misleading "not found".
            throw new CarrierError(CarrierError.Kind.INVALID_REQUEST, "not a UPU S10 item number", "waybillNumber", null, null);
        }
        Map<String, String> answer = call(PostalMapper.track(waybillNumber, context.required("customer-code"), context.lent().clock().instant()));
        try {
            return PostalMapper.report(answer);
        } catch (RuntimeException e) {
            throw PostalMapper.unreadable(e);
        }
    }

    private Map<String, String> call(Map<String, String> parameters) {
        String body = PostalForm.signed(parameters, context.required("secret-key"));
        String base = context.lent().setting("base-url").orElse("https://api.post-ems.example");
        var request = new HttpTransport.Request("POST", URI.create(base.replaceAll("/$", "") + "/ems/api"),
                Map.of("Content-Type", List.of("application/x-www-form-urlencoded; charset=utf-8")),
                body.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(20));
        HttpTransport.Response response = CarrierHttp.exchange(context.lent().http(), request);
        Map<String, String> answer;
        try {
            answer = PostalForm.lines(response.bodyText());
        } catch (IllegalArgumentException e) {
            throw response.isSuccess() ? PostalMapper.unreadable(e) : CarrierHttp.unexpectedStatus(response.status());
        }
        if (!"0".equals(answer.get("result"))) {
            throw PostalMapper.error(answer);
        }
        return answer;
    }

    @Override
    public String toString() {
        return "PostalEmsCarrier";
    }
}
