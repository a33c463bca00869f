package io.kuajing.plugin.fengchi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

import io.kuajing.plugin.carrier.Address;
import io.kuajing.plugin.carrier.Amount;
import io.kuajing.plugin.carrier.CarrierError;
import io.kuajing.plugin.carrier.CarrierHttp;
import io.kuajing.plugin.carrier.Charge;
import io.kuajing.plugin.carrier.Commodity;
import io.kuajing.plugin.carrier.Dimensions;
import io.kuajing.plugin.carrier.LabelFormat;
import io.kuajing.plugin.carrier.Parcel;
import io.kuajing.plugin.carrier.PickupConfirmation;
import io.kuajing.plugin.carrier.PickupRequest;
import io.kuajing.plugin.carrier.RateQuote;
import io.kuajing.plugin.carrier.RateRequest;
import io.kuajing.plugin.carrier.ShipmentRequest;
import io.kuajing.plugin.carrier.ShipmentResult;
import io.kuajing.plugin.carrier.ShippingDocument;
import io.kuajing.plugin.carrier.StatusMapping;
import io.kuajing.plugin.carrier.TrackingEvent;
import io.kuajing.plugin.carrier.TrackingReason;
import io.kuajing.plugin.carrier.TrackingReport;
import io.kuajing.plugin.carrier.TrackingStatus;
import org.w3c.dom.Element;

/** Canonical data to Fengchi XML and back. Pure: no I/O. */
final class FengchiMapper {

    /** Fengchi route times are Beijing wall-clock times without an offset. */
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter ROUTE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** Fengchi route operation codes (opCode) as documented for partners. */
    static final StatusMapping STATUSES = StatusMapping.builder()
            .map("10", TrackingStatus.PENDING)
            .map("50", TrackingStatus.PICKED_UP)
            .map("54", TrackingStatus.PICKED_UP)
            .map("30", TrackingStatus.IN_TRANSIT)
            .map("31", TrackingStatus.IN_TRANSIT)
            .map("36", TrackingStatus.IN_TRANSIT, TrackingReason.WEATHER)
            .map("605", TrackingStatus.CUSTOMS_PROCESSING)
            .map("606", TrackingStatus.CUSTOMS_RELEASED)
            .map("44", TrackingStatus.OUT_FOR_DELIVERY)
            .map("204", TrackingStatus.OUT_FOR_DELIVERY)
            .map("70", TrackingStatus.DELIVERY_FAILED, TrackingReason.CONSIGNEE_UNAVAILABLE)
            .map("33", TrackingStatus.DELIVERY_FAILED, TrackingReason.ADDRESS_INCORRECT)
            .map("77", TrackingStatus.DELIVERY_FAILED, TrackingReason.CONSIGNEE_REFUSED)
            .map("80", TrackingStatus.DELIVERED)
            .map("8000", TrackingStatus.DELIVERED)
            .map("99", TrackingStatus.RETURN_TO_SENDER)
            .map("19", TrackingStatus.CANCELLED)
            .build();

    private FengchiMapper() {
    }

    static String rateRequest(RateRequest request, String partnerId) {
        return new Xml.Writer()
                .open("Request", "service", "RateService", "lang", "zh-CN")
                .text("Head", partnerId)
                .open("Body")
                .empty("Rate", "serviceCode", request.serviceCode(), "fromDivision", division(request.shipFrom()),
                        "toDivision", division(request.shipTo()), "weightKg", kg(request.parcels()),
                        "volumeCm3", volume(request.parcels()),
                        "regime", request.regime().supervisionCode())
                .close("Body")
                .close("Request")
                .toString();
    }

    static List<RateQuote> quotes(Element body) {
        List<RateQuote> quotes = new ArrayList<>();
        for (Element q : Xml.children(Xml.child(body, "RateResponse"), "Quote")) {
            String currency = Xml.attribute(q, "currency");
            List<Charge> charges = new ArrayList<>();
            for (Element c : Xml.children(q, "Charge")) {
                // Fengchi sends yuan with two decimals; Amount refuses anything finer, so a bad quote cannot slip through.
                charges.add(new Charge(Xml.attribute(c, "name"), new Amount(new BigDecimal(Xml.attribute(c, "amount")), currency)));
            }
            quotes.add(new RateQuote(Xml.attribute(q, "serviceCode"), charges,
                    Integer.parseInt(Xml.attribute(q, "minDays")), Integer.parseInt(Xml.attribute(q, "maxDays"))));
        }
        return quotes;
    }

    /** The idempotency key is Fengchi's orderId: Fengchi answers a repeated orderId with the waybill already issued. */
    static String orderRequest(ShipmentRequest r, String partnerId, String monthlyAccount) {
        Xml.Writer w = new Xml.Writer()
                .open("Request", "service", "OrderService", "lang", "zh-CN")
                .text("Head", partnerId)
                .open("Body")
                .open("Order", "orderId", r.idempotencyKey(), "customerRef", r.reference(), "serviceCode", r.serviceCode(),
                        "payMethod", "3", "custId", monthlyAccount, "regime", r.regime().supervisionCode(),
                        "labelFormat", r.labelFormat().name(), "parcelCount", String.valueOf(r.parcels().size()),
                        "weightKg", kg(r.parcels()),
                        // isDocall 0: e-waybill only, the courier comes when PickupService names the waybill.
                        "isDocall", r.collectOnRequest() ? "0" : "1");
        contact(w, "Sender", r.shipFrom());
        contact(w, "Receiver", r.shipTo());
        if (r.consigneeId() != null) {
            w.empty("ReceiverId", "type", r.consigneeId().type().customsCode(), "number", r.consigneeId().number(),
                    "name", r.consigneeId().name());
        }
        for (Commodity c : r.commodities()) {
            w.empty("Cargo", "name", c.description(), "hsCode", c.hsCode(), "count", String.valueOf(c.quantity()),
                    "unitPrice", c.unitValue().value().toPlainString(), "currency", c.unitValue().currency(),
                    "origin", c.originCountry());
        }
        return w.close("Order").close("Body").close("Request").toString();
    }

    static ShipmentResult shipmentResult(Element body, String serviceCode) {
        Element order = Xml.child(body, "OrderResponse");
        Element label = Xml.child(order, "Label");
        LabelFormat format = LabelFormat.valueOf(Xml.attribute(label, "format"));
        byte[] content = Base64.getDecoder().decode(label.getTextContent().trim());
        Amount freight = order.hasAttribute("freight") ? Amount.cny(Xml.attribute(order, "freight")) : null;
        return new ShipmentResult(Xml.attribute(order, "mailNo"), serviceCode,
                new ShippingDocument(ShippingDocument.Kind.LABEL, format, content), List.of(), freight);
    }

    static String routeRequest(String mailNo, String partnerId) {
        return new Xml.Writer().open("Request", "service", "RouteService", "lang", "zh-CN").text("Head", partnerId)
                .open("Body").empty("RouteRequest", "trackingNumber", mailNo).close("Body").close("Request").toString();
    }

    static TrackingReport trackingReport(Element body) {
        Element response = Xml.child(body, "RouteResponse");
        String mailNo = Xml.attribute(response, "mailNo");
        return new TrackingReport(mailNo, routes(mailNo, Xml.children(response, "Route")));
    }

    /** Pushes: {@code <RoutePush><WaybillRoute mailNo=".." acceptTime opCode acceptAddress remark/></RoutePush>}. */
    static List<TrackingEvent> pushedEvents(Element root) {
        List<TrackingEvent> events = new ArrayList<>();
        for (Element route : Xml.children(root, "WaybillRoute")) {
            events.addAll(routes(Xml.attribute(route, "mailNo"), List.of(route)));
        }
        return events;
    }

    private static List<TrackingEvent> routes(String mailNo, List<Element> routes) {
        List<TrackingEvent> events = new ArrayList<>();
        for (Element route : routes) {
            String op = Xml.attribute(route, "opCode");
            StatusMapping.Canonical c = STATUSES.map(op);
            var at = LocalDateTime.parse(Xml.attribute(route, "acceptTime"), ROUTE_TIME).atZone(BEIJING).toInstant();
            events.add(new TrackingEvent(mailNo, at, c.status(), c.reason(), op, route.getAttribute("acceptAddress"),
                    route.getAttribute("remark")));
        }
        return events;
    }

    static String cancelRequest(String mailNo, String partnerId) {
        return new Xml.Writer().open("Request", "service", "OrderCancelService", "lang", "zh-CN").text("Head", partnerId)
                .open("Body").empty("Cancel", "mailNo", mailNo).close("Body").close("Request").toString();
    }

    static String pickupRequest(PickupRequest p, String partnerId) {
        Xml.Writer w = new Xml.Writer().open("Request", "service", "PickupService", "lang", "zh-CN").text("Head", partnerId)
                .open("Body").open("Pickup", "date", p.date().toString(), "from", p.readyFrom().toString(),
                        "until", p.readyUntil().toString(), "division", division(p.location()));
        contact(w, "Location", p.location());
        p.waybillNumbers().forEach(n -> w.empty("Waybill", "mailNo", n));
        return w.close("Pickup").close("Body").close("Request").toString();
    }

    static PickupConfirmation pickupConfirmation(Element body) {
        Element e = Xml.child(body, "PickupResponse");
        return new PickupConfirmation(Xml.attribute(e, "number"), LocalDate.parse(Xml.attribute(e, "date")));
    }

    /**
     * Reads {@code <Response><Head>OK|ERR</Head><Body/>|<ERROR code="..">..</ERROR></Response>} and returns the body
     * or throws the typed error. The error text is not echoed: Fengchi quotes the consignee in it.
     */
    static Element body(int httpStatus, String xml) {
        Element root;
        try {
            root = Xml.parse(xml);
        } catch (IllegalArgumentException e) {
            throw httpStatus >= 200 && httpStatus < 300 ? CarrierHttp.malformed("Fengchi answer unreadable", e)
                    : CarrierHttp.unexpectedStatus(httpStatus);
        }
        boolean success = httpStatus >= 200 && httpStatus < 300;
        try {
            if (success && "OK".equals(Xml.child(root, "Head").getTextContent().trim())) {
                return Xml.child(root, "Body");
            }
            Element error = Xml.child(root, "ERROR");
            throw error(Xml.attribute(error, "code"));
        } catch (IllegalArgumentException e) {
            // A gateway's HTML error page is well-formed XML too: only the HTTP status says what happened then.
            throw success ? CarrierHttp.malformed("Fengchi answer unreadable", e) : CarrierHttp.unexpectedStatus(httpStatus);
        }
    }

    static CarrierError error(String code) {
        CarrierError.Kind kind;
        String field = null;
        switch (code) {
            case "4001" -> kind = CarrierError.Kind.AUTHENTICATION;
            case "1010" -> {
                kind = CarrierError.Kind.INVALID_REQUEST;
                field = "shipTo.phone";
            }
            case "1014" -> {
                kind = CarrierError.Kind.INVALID_REQUEST;
                field = "consigneeId.number";
            }
            case "8013" -> kind = CarrierError.Kind.ADDRESS_REJECTED;
            case "8016" -> kind = CarrierError.Kind.LANE_NOT_SERVED;
            case "1150" -> kind = CarrierError.Kind.GOODS_REFUSED;
            case "6150" -> kind = CarrierError.Kind.NOT_FOUND;
            case "8037" -> kind = CarrierError.Kind.TOO_LATE;
            case "8114" -> kind = CarrierError.Kind.RATE_LIMITED;
            case "S0000" -> kind = CarrierError.Kind.SERVICE_UNAVAILABLE;
            default -> kind = unknownCode(code);
        }
        return new CarrierError(kind, "Fengchi error " + code + (field == null ? "" : " at " + field), field, code, null);
    }

    /**
     * A code Fengchi added after this plugin was written. Fengchi's ranges: 1xxx validate the request, 4xxx the
     * partner, 6xxx look-ups, 8xxx business rules, S.... the system. A 1xxx code would refuse the same request
     * again, so retrying it would loop: INVALID_REQUEST. Any other unknown code must not make the host give up
     * booking a paid order: it is retryable (the host retries later or with another carrier, within its bounded
     * attempts), and the raw code is kept for support.
     */
    private static CarrierError.Kind unknownCode(String code) {
        return code.matches("1[0-9]{3}") ? CarrierError.Kind.INVALID_REQUEST : CarrierError.Kind.SERVICE_UNAVAILABLE;
    }

    private static void contact(Xml.Writer w, String tag, Address a) {
        w.empty(tag, "name", a.name(), "company", a.company(), "mobile", a.phone(), "country", a.countryCode(),
                "division", a.divisionCode(), "province", a.province(), "city", a.city(), "county", a.district(),
                "address", a.streetLine(), "postCode", a.postalCode());
    }

    private static String division(Address a) {
        return a.divisionCode() == null ? a.countryCode() : a.divisionCode();
    }

    /**
     * Total volume in cm³ of the measured parcels, or null when none is measured. Fengchi bills a shipment by the
     * greater of its weight and its volume, so every parcel counts, not just the first; an unmeasured parcel adds
     * nothing rather than a guess (Fengchi measures it at pickup).
     */
    private static String volume(List<Parcel> parcels) {
        return parcels.stream().map(Parcel::dimensions).filter(Objects::nonNull).map(Dimensions::cubicCentimetres)
                .reduce(BigDecimal::add).map(v -> v.stripTrailingZeros().toPlainString()).orElse(null);
    }

    /** Total weight in kilograms, exact; Fengchi takes up to three decimals, so grams are rounded up first. */
    private static String kg(List<Parcel> parcels) {
        long grams = parcels.stream().mapToLong(p -> p.weight().wholeGramsRoundedUp()).sum();
        return BigDecimal.valueOf(grams, 3).stripTrailingZeros().toPlainString();
    }
}
