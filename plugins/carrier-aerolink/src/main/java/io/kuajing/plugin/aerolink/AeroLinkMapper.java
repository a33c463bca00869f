package io.kuajing.plugin.aerolink;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.plugin.Json;
import io.kuajing.plugin.carrier.Address;
import io.kuajing.plugin.carrier.Amount;
import io.kuajing.plugin.carrier.CarrierError;
import io.kuajing.plugin.carrier.CarrierHttp;
import io.kuajing.plugin.carrier.Charge;
import io.kuajing.plugin.carrier.Commodity;
import io.kuajing.plugin.carrier.Dimensions;
import io.kuajing.plugin.carrier.LabelFormat;
import io.kuajing.plugin.carrier.LineHaulTransport;
import io.kuajing.plugin.carrier.Parcel;
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

/** Canonical data to AeroLink JSON and back. Pure: no I/O, so every mapping is tested from fixture files. */
final class AeroLinkMapper {

    /** AeroLink's documented event codes (cargo-style three-letter codes). */
    static final StatusMapping STATUSES = StatusMapping.builder()
            .map("BKD", TrackingStatus.PENDING)
            .map("RCS", TrackingStatus.PICKED_UP)
            .map("MAN", TrackingStatus.IN_TRANSIT)
            .map("DEP", TrackingStatus.IN_TRANSIT)
            .map("ARR", TrackingStatus.IN_TRANSIT)
            .map("DLY", TrackingStatus.IN_TRANSIT, TrackingReason.CARRIER_DELAY)
            .map("CCP", TrackingStatus.CUSTOMS_PROCESSING)
            .map("CIR", TrackingStatus.CUSTOMS_INFO_REQUIRED, TrackingReason.CUSTOMS_DOCUMENTS_MISSING)
            .map("CID", TrackingStatus.CUSTOMS_INFO_REQUIRED, TrackingReason.CUSTOMS_ID_MISMATCH)
            .map("CHD", TrackingStatus.CUSTOMS_HELD, TrackingReason.CUSTOMS_INSPECTION)
            .map("CRL", TrackingStatus.CUSTOMS_RELEASED)
            .map("HLM", TrackingStatus.HANDED_TO_LAST_MILE)
            .map("RTS", TrackingStatus.RETURN_TO_SENDER)
            .map("CXL", TrackingStatus.CANCELLED)
            .build();

    /** Customs' transport mode code for air transport (JGS-20 运输方式代码 5, 航空运输). */
    static final String AIR = "5";

    private AeroLinkMapper() {
    }

    static String rateRequest(RateRequest request, String account) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", account);
        body.put("service", request.serviceCode());
        body.put("origin", place(request.shipFrom()));
        body.put("destination", place(request.shipTo()));
        body.put("customsRegime", request.regime().supervisionCode());
        body.put("pieces", pieces(request.parcels()));
        body.put("declaredValue", declaredValue(request.commodities()));
        return Json.write(body);
    }

    static List<RateQuote> quotes(String body) {
        try {
            List<RateQuote> quotes = new ArrayList<>();
            for (Object q : Json.array(Json.object(Json.parse(body)).get("quotes"))) {
                Map<String, Object> quote = Json.object(q);
                String currency = Json.string(quote, "currency");
                List<Charge> charges = new ArrayList<>();
                for (Object c : Json.array(quote.get("charges"))) {
                    Map<String, Object> charge = Json.object(c);
                    charges.add(new Charge(Json.string(charge, "code"),
                            Amount.ofMinorUnits(Json.number(charge, "amountMinor").longValueExact(), currency)));
                }
                Map<String, Object> transit = Json.object(quote.get("transitDays"));
                quotes.add(new RateQuote(Json.string(quote, "service"), charges,
                        Json.number(transit, "min").intValueExact(), Json.number(transit, "max").intValueExact()));
            }
            return quotes;
        } catch (RuntimeException e) {
            throw CarrierHttp.malformed("AeroLink quote unreadable", e);
        }
    }

    static String shipmentRequest(ShipmentRequest request, String account, LocalDate shipDate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("account", account);
        body.put("reference", request.reference());
        body.put("service", request.serviceCode());
        body.put("shipDate", shipDate.toString());
        body.put("customsRegime", request.regime().supervisionCode());
        body.put("shipper", party(request.shipFrom()));
        Map<String, Object> consignee = party(request.shipTo());
        if (request.consigneeId() != null) {
            Map<String, Object> id = new LinkedHashMap<>();
            id.put("type", request.consigneeId().type().customsCode());
            id.put("number", request.consigneeId().number());
            id.put("name", request.consigneeId().name());
            consignee.put("idDocument", id);
        }
        body.put("consignee", consignee);
        body.put("pieces", pieces(request.parcels()));
        List<Object> items = new ArrayList<>();
        for (Commodity c : request.commodities()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("sku", c.sku());
            item.put("description", c.description());
            item.put("hsCode", c.hsCode());
            item.put("origin", c.originCountry());
            item.put("quantity", c.quantity());
            item.put("unitValueMinor", c.unitValue().minorUnits());
            item.put("currency", c.unitValue().currency());
            items.add(item);
        }
        body.put("items", items);
        body.put("labelFormat", request.labelFormat().name());
        return Json.write(body);
    }

    static ShipmentResult shipmentResult(String body) {
        try {
            Map<String, Object> root = Json.object(Json.parse(body));
            Map<String, Object> label = Json.object(root.get("label"));
            LabelFormat format = LabelFormat.valueOf(Json.string(label, "format"));
            byte[] content = Base64.getDecoder().decode(Json.string(label, "base64"));
            Map<String, Object> charges = Json.object(root.get("charges"));
            Amount charged = Amount.ofMinorUnits(Json.number(charges, "totalMinor").longValueExact(),
                    Json.string(charges, "currency"));
            return new ShipmentResult(Json.string(root, "awb"), Json.string(root, "service"),
                    new ShippingDocument(ShippingDocument.Kind.LABEL, format, content), List.of(), charged,
                    root.get("consolidation") == null ? null : transport(Json.object(root.get("consolidation"))));
        } catch (RuntimeException e) {
            throw CarrierHttp.malformed("AeroLink shipment unreadable", e);
        }
    }

    /**
     * AeroLink's consolidation (the master air waybill and the flight it is manifested on) as customs declares the
     * crossing: air transport (JGS-20 code 5), the flight number, the flight's departure date as the voyage, and the
     * master air waybill in the 11 digits of customs' manifest (AeroLink prints it {@code 784-nnnnnnnn}).
     */
    private static LineHaulTransport transport(Map<String, Object> consolidation) {
        Map<String, Object> flight = Json.object(consolidation.get("flight"));
        String voyage = LocalDate.parse(Json.string(flight, "departureDate")).format(DateTimeFormatter.BASIC_ISO_DATE);
        String mawb = Json.string(consolidation, "mawb").replace("-", "");
        if (!mawb.matches("\\d{11}")) {
            throw new IllegalArgumentException("not an air waybill number: " + mawb);
        }
        return new LineHaulTransport(AIR, Json.string(flight, "number"), voyage, mawb);
    }

    static TrackingReport trackingReport(String body) {
        try {
            Map<String, Object> root = Json.object(Json.parse(body));
            String awb = Json.string(root, "awb");
            return new TrackingReport(awb, events(awb, root));
        } catch (RuntimeException e) {
            throw CarrierHttp.malformed("AeroLink tracking unreadable", e);
        }
    }

    /** A webhook push carries the same shape as a tracking answer. */
    static List<TrackingEvent> pushedEvents(String body) {
        return trackingReport(body).events();
    }

    private static List<TrackingEvent> events(String awb, Map<String, Object> root) {
        List<TrackingEvent> events = new ArrayList<>();
        for (Object e : Json.array(root.get("events"))) {
            Map<String, Object> event = Json.object(e);
            String code = Json.string(event, "code");
            StatusMapping.Canonical canonical = STATUSES.map(code);
            events.add(new TrackingEvent(awb, Instant.parse(Json.string(event, "time")), canonical.status(),
                    canonical.reason(), code, (String) event.get("location"), (String) event.get("text")));
        }
        return events;
    }

    /** AeroLink errors: {"error":{"code":..,"field":..,"message":..}}. The message is not echoed (it may quote personal data). */
    static CarrierError error(int status, String body) {
        Map<String, Object> error;
        try {
            error = Json.object(Json.object(Json.parse(body)).get("error"));
        } catch (RuntimeException unreadable) {
            return CarrierHttp.unexpectedStatus(status);
        }
        String code = String.valueOf(error.get("code"));
        CarrierError.Kind kind = switch (code) {
            case "INVALID_FIELD" -> CarrierError.Kind.INVALID_REQUEST;
            case "ADDRESS_INVALID" -> CarrierError.Kind.ADDRESS_REJECTED;
            case "LANE_CLOSED" -> CarrierError.Kind.LANE_NOT_SERVED;
            case "PROHIBITED_ITEM" -> CarrierError.Kind.GOODS_REFUSED;
            case "UNAUTHORIZED" -> CarrierError.Kind.AUTHENTICATION;
            case "NOT_FOUND" -> CarrierError.Kind.NOT_FOUND;
            case "ALREADY_DEPARTED" -> CarrierError.Kind.TOO_LATE;
            case "THROTTLED" -> CarrierError.Kind.RATE_LIMITED;
            default -> CarrierError.kindOfHttpStatus(status);
        };
        String field = canonicalField(error.get("field") instanceof String f ? f : null);
        return new CarrierError(kind, "AeroLink " + code + (field == null ? "" : " at " + field), field, code, null);
    }

    /**
     * A waybill number as one URL path segment (RFC 3986): every byte but the unreserved characters is
     * percent-encoded, so a space is {@code %20} (form encoding's {@code +} would be a literal plus in a path) and
     * a slash cannot add a segment. An empty or dot-only number is refused: it would name another resource.
     */
    static String pathSegment(String waybill) {
        if (waybill == null || waybill.isBlank() || waybill.equals(".") || waybill.equals("..")) {
            throw new CarrierError(CarrierError.Kind.INVALID_REQUEST, "not a waybill number", "waybillNumber", null, null);
        }
        StringBuilder sb = new StringBuilder();
        for (byte b : waybill.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
            }
        }
        return sb.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** AeroLink names parties shipper/consignee; the canonical request says shipFrom/shipTo. */
    static String canonicalField(String field) {
        if (field == null) {
            return null;
        }
        return field.replaceFirst("^consignee\\.idDocument", "consigneeId").replaceFirst("^consignee", "shipTo")
                .replaceFirst("^shipper", "shipFrom").replaceFirst("^pieces", "parcels").replaceFirst("^items", "commodities");
    }

    private static Map<String, Object> place(Address a) {
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("country", a.countryCode());
        putPresent(place, "postalCode", a.postalCode());
        putPresent(place, "divisionCode", a.divisionCode());
        return place;
    }

    private static Map<String, Object> party(Address a) {
        Map<String, Object> party = new LinkedHashMap<>();
        party.put("name", a.name());
        putPresent(party, "company", a.company());
        party.put("phone", a.phone());
        party.put("country", a.countryCode());
        putPresent(party, "divisionCode", a.divisionCode());
        putPresent(party, "province", a.province());
        putPresent(party, "city", a.city());
        putPresent(party, "district", a.district());
        party.put("lines", a.street());
        putPresent(party, "postalCode", a.postalCode());
        return party;
    }

    /** An absent optional address part is left out, as company and district always were, never sent as a JSON null. */
    private static void putPresent(Map<String, Object> json, String key, String value) {
        if (value != null) {
            json.put(key, value);
        }
    }

    /** Weights in whole grams, sides in whole millimetres, both rounded up: AeroLink bills started units. */
    private static List<Object> pieces(List<Parcel> parcels) {
        List<Object> pieces = new ArrayList<>();
        for (Parcel p : parcels) {
            Map<String, Object> piece = new LinkedHashMap<>();
            piece.put("weightGrams", p.weight().wholeGramsRoundedUp());
            Dimensions d = p.dimensions();
            if (d != null) {
                piece.put("lengthMm", mm(d, d.length()));
                piece.put("widthMm", mm(d, d.width()));
                piece.put("heightMm", mm(d, d.height()));
            }
            pieces.add(piece);
        }
        return pieces;
    }

    private static long mm(Dimensions d, BigDecimal side) {
        return side.multiply(d.unit().millimetres()).setScale(0, RoundingMode.UP).longValueExact();
    }

    private static Map<String, Object> declaredValue(List<Commodity> commodities) {
        Map<String, Object> value = new LinkedHashMap<>();
        if (commodities.isEmpty()) {
            return value;
        }
        String currency = commodities.get(0).unitValue().currency();
        if (commodities.stream().anyMatch(c -> !c.unitValue().currency().equals(currency))) {
            // AeroLink takes one declared value in one currency; converting is the host's business, not the carrier's.
            throw new CarrierError(CarrierError.Kind.INVALID_REQUEST, "declared values in several currencies",
                    "commodities.unitValue", null, null);
        }
        Amount total = commodities.stream().map(Commodity::totalValue).reduce(Amount::plus).orElseThrow();
        value.put("amountMinor", total.minorUnits());
        value.put("currency", total.currency());
        return value;
    }
}
