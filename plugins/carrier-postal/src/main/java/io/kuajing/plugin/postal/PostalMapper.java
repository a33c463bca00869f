package io.kuajing.plugin.postal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.plugin.carrier.AddressBlock;
import io.kuajing.plugin.carrier.Amount;
import io.kuajing.plugin.carrier.CarrierError;
import io.kuajing.plugin.carrier.CarrierHttp;
import io.kuajing.plugin.carrier.Charge;
import io.kuajing.plugin.carrier.Commodity;
import io.kuajing.plugin.carrier.LabelFormat;
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

/** Canonical data to postal form parameters and key=value answers. Pure: no I/O. */
final class PostalMapper {

    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    /** UPU EMSEVT event codes used by the post, plus its domestic return code. */
    static final StatusMapping STATUSES = StatusMapping.builder()
            .map("EMA", TrackingStatus.PICKED_UP)
            .map("EMB", TrackingStatus.IN_TRANSIT)
            .map("EMC", TrackingStatus.IN_TRANSIT)
            .map("EMJ", TrackingStatus.IN_TRANSIT)
            .map("EMD", TrackingStatus.IN_TRANSIT)
            .map("EDB", TrackingStatus.CUSTOMS_PROCESSING)
            .map("EME", TrackingStatus.CUSTOMS_PROCESSING)
            .map("EDA", TrackingStatus.CUSTOMS_INFO_REQUIRED, TrackingReason.CUSTOMS_DOCUMENTS_MISSING)
            .map("EDC", TrackingStatus.CUSTOMS_HELD, TrackingReason.CUSTOMS_INSPECTION)
            .map("EMF", TrackingStatus.CUSTOMS_RELEASED)
            .map("EMG", TrackingStatus.IN_TRANSIT)
            .map("EDH", TrackingStatus.OUT_FOR_DELIVERY)
            .map("EMH", TrackingStatus.DELIVERY_FAILED, TrackingReason.CONSIGNEE_UNAVAILABLE)
            .map("EMI", TrackingStatus.DELIVERED)
            .map("RTS", TrackingStatus.RETURN_TO_SENDER)
            .build();

    private PostalMapper() {
    }

    static Map<String, String> rate(RateRequest r, String customer, Instant now) {
        Map<String, String> p = common("ems.rate", customer, now);
        p.put("service", r.serviceCode());
        p.put("from_country", r.shipFrom().countryCode());
        p.put("from_post", nullToEmpty(r.shipFrom().postalCode()));
        if (r.shipTo().divisionCode() == null) {
            // The post prices by destination county; an address without one (abroad) has no rate, and the caller must hear why.
            throw new CarrierError(CarrierError.Kind.INVALID_REQUEST, "a postal rate needs the destination's division code",
                    "shipTo.divisionCode", null, null);
        }
        p.put("to_division", r.shipTo().divisionCode());
        p.put("regime", r.regime().supervisionCode());
        p.put("weight_g", String.valueOf(grams(r.parcels())));
        p.put("declared_fen", String.valueOf(r.commodities().stream().mapToLong(PostalMapper::declaredFen).sum()));
        return p;
    }

    static List<RateQuote> quotes(Map<String, String> answer) {
        List<RateQuote> quotes = new ArrayList<>();
        int count = Integer.parseInt(required(answer, "quote.count"));
        for (int i = 1; i <= count; i++) {
            String q = "quote." + i + ".";
            String currency = required(answer, q + "currency");
            List<Charge> charges = new ArrayList<>();
            charges.add(new Charge("POSTAGE", Amount.ofMinorUnits(Long.parseLong(required(answer, q + "postage")), currency)));
            if (answer.containsKey(q + "insurance")) {
                charges.add(new Charge("INSURANCE", Amount.ofMinorUnits(Long.parseLong(answer.get(q + "insurance")), currency)));
            }
            String[] days = required(answer, q + "days").split("-");
            quotes.add(new RateQuote(required(answer, q + "service"), charges, Integer.parseInt(days[0]), Integer.parseInt(days[1])));
        }
        return quotes;
    }

    /** {@code txn_id} is the idempotency key: the post books once per customer and transaction id. */
    static Map<String, String> order(ShipmentRequest r, String customer, Instant now) {
        Map<String, String> p = common("ems.order", customer, now);
        p.put("txn_id", r.idempotencyKey());
        p.put("ref", r.reference());
        p.put("service", r.serviceCode());
        p.put("regime", r.regime().supervisionCode());
        p.put("s_name", r.shipFrom().name());
        p.put("s_phone", r.shipFrom().phone());
        p.put("s_country", r.shipFrom().countryCode());
        p.put("s_addr", (nullToEmpty(r.shipFrom().city()) + " " + r.shipFrom().streetLine()).strip());
        p.put("s_post", nullToEmpty(r.shipFrom().postalCode()));
        p.put("r_name", r.shipTo().name());
        p.put("r_phone", r.shipTo().phone());
        p.put("r_division", nullToEmpty(r.shipTo().divisionCode()));
        p.put("r_addr", String.join("", nullToEmpty(r.shipTo().province()), nullToEmpty(r.shipTo().city()),
                nullToEmpty(r.shipTo().district()), r.shipTo().streetLine()));
        p.put("r_post", nullToEmpty(r.shipTo().postalCode()));
        if (!r.shipTo().isInChina()) {
            // Outbound EMS: the post prints the addressee block as sent, so it goes in the destination post's format.
            p.put("r_country", r.shipTo().countryCode());
            List<String> block = AddressBlock.lines(r.shipTo());
            for (int i = 0; i < block.size(); i++) {
                p.put("r_line." + (i + 1), block.get(i));
            }
        }
        if (r.consigneeId() != null) {
            p.put("r_id_type", r.consigneeId().type().customsCode());
            p.put("r_id_no", r.consigneeId().number());
        }
        p.put("pieces", String.valueOf(r.parcels().size()));
        p.put("weight_g", String.valueOf(grams(r.parcels())));
        for (int i = 0; i < r.commodities().size(); i++) {
            Commodity c = r.commodities().get(i);
            String k = "item." + (i + 1) + ".";
            p.put(k + "name", c.description());
            p.put(k + "hs", c.hsCode());
            p.put(k + "qty", String.valueOf(c.quantity()));
            p.put(k + "value_fen", String.valueOf(fen(c.unitValue())));
            p.put(k + "origin", c.originCountry());
        }
        p.put("label", r.labelFormat().name());
        return p;
    }

    static ShipmentResult shipment(Map<String, String> answer, String serviceCode) {
        LabelFormat format = LabelFormat.valueOf(required(answer, "label.format"));
        byte[] label = Base64.getDecoder().decode(required(answer, "label.data"));
        Amount postage = answer.containsKey("postage") ? Amount.ofMinorUnits(Long.parseLong(answer.get("postage")), "CNY") : null;
        return new ShipmentResult(required(answer, "mail_no"), serviceCode,
                new ShippingDocument(ShippingDocument.Kind.LABEL, format, label), List.of(), postage);
    }

    static Map<String, String> track(String mailNo, String customer, Instant now) {
        Map<String, String> p = common("ems.track", customer, now);
        p.put("mail_no", mailNo);
        return p;
    }

    static TrackingReport report(Map<String, String> answer) {
        String mailNo = required(answer, "mail_no");
        int count = Integer.parseInt(required(answer, "event.count"));
        List<TrackingEvent> events = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String e = "event." + i + ".";
            String code = required(answer, e + "code");
            StatusMapping.Canonical c = STATUSES.map(code);
            Instant at = LocalDateTime.parse(required(answer, e + "time"), STAMP).atZone(BEIJING).toInstant();
            events.add(new TrackingEvent(mailNo, at, c.status(), c.reason(), code, answer.get(e + "office"), answer.get(e + "desc")));
        }
        return new TrackingReport(mailNo, events);
    }

    /** Turns a non-zero result into the typed error; the post's message is not echoed (it quotes the addressee). */
    static CarrierError error(Map<String, String> answer) {
        String code = answer.get("result");
        String field = switch (String.valueOf(answer.get("field"))) {
            case "r_phone" -> "shipTo.phone";
            case "r_id_no" -> "consigneeId.number";
            case "r_division" -> "shipTo.divisionCode";
            case "weight_g" -> "parcels";
            default -> null;
        };
        CarrierError.Kind kind = switch (code) {
            case "E001" -> CarrierError.Kind.AUTHENTICATION;
            case "E101" -> CarrierError.Kind.INVALID_REQUEST;
            case "E201" -> CarrierError.Kind.LANE_NOT_SERVED;
            case "E202" -> CarrierError.Kind.ADDRESS_REJECTED;
            case "E301" -> CarrierError.Kind.NOT_FOUND;
            case "E401" -> CarrierError.Kind.GOODS_REFUSED;
            case "E429" -> CarrierError.Kind.RATE_LIMITED;
            case "E900" -> CarrierError.Kind.SERVICE_UNAVAILABLE;
            default -> unknownCode(code);
        };
        return new CarrierError(kind, "post office error " + code + (field == null ? "" : " at " + field), field, code, null);
    }

    /**
     * A code the post added after this plugin was written. The E1xx range is the post's form validation: the same
     * form would be refused again, so retrying it would loop. Any other unknown code (route, goods, system ranges)
     * must not make the host give up booking a paid order, so it is retryable: the host tries again later or with
     * another carrier, within its bounded attempts, and the raw code is kept for support.
     */
    private static CarrierError.Kind unknownCode(String code) {
        return code.matches("E1[0-9]+") ? CarrierError.Kind.INVALID_REQUEST : CarrierError.Kind.SERVICE_UNAVAILABLE;
    }

    /**
     * The post takes declared values in fen. A value in another currency is refused rather than sent as if its
     * cents were fen: converting is the host's business (it knows the rate of the day), not the carrier's.
     */
    private static long fen(Amount value) {
        if (!"CNY".equals(value.currency())) {
            throw new CarrierError(CarrierError.Kind.INVALID_REQUEST, "the post takes declared values in CNY, not "
                    + value.currency(), "commodities.unitValue", null, null);
        }
        return value.minorUnits();
    }

    private static long declaredFen(Commodity c) {
        fen(c.unitValue());
        return c.totalValue().minorUnits();
    }

    private static Map<String, String> common(String method, String customer, Instant now) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("method", method);
        p.put("customer", customer);
        p.put("timestamp", STAMP.format(now.atZone(BEIJING)));
        return p;
    }

    private static long grams(List<Parcel> parcels) {
        return parcels.stream().mapToLong(p -> p.weight().wholeGramsRoundedUp()).sum();
    }

    private static String required(Map<String, String> answer, String key) {
        String v = answer.get(key);
        if (v == null) {
            throw new IllegalArgumentException("missing " + key);
        }
        return v;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    static CarrierError unreadable(Exception e) {
        return CarrierHttp.malformed("post office answer unreadable", e);
    }
}
