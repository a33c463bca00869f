package io.kuajing.sandbox;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.kuajing.sandbox.SimulatorServer.Call;
import io.kuajing.sandbox.SimulatorServer.Reply;
import io.micronaut.json.tree.JsonNode;

/**
 * AeroLink's API as its plugin speaks it: JSON under {@code /v2}, a bearer API key, the account in the body,
 * bookings deduplicated by the {@code Idempotency-Key} header, IATA air waybills ({@code 784} + serial + mod-7
 * check digit) and cargo-style event codes. AeroLink flies the line haul only: its trip ends when customs has
 * released the parcel at Pudong and it is handed to the last-mile carrier ({@code HLM}).
 */
final class SimulatedAeroLink {

    /** Origins AeroLink flies from, per service; the destination is always China under 9610. */
    private static final Map<String, Set<String>> LANES = Map.of(
            "AIR-STD", Set.of("US", "JP", "DE", "GB", "AU", "FR"),
            "AIR-EXP", Set.of("US", "JP", "DE"));
    /** CNY fen per started kilogram; fuel surcharge on top, as air freight is billed. */
    private static final Map<String, Long> FEN_PER_KG = Map.of("AIR-STD", 3300L, "AIR-EXP", 5200L);
    private static final BigDecimal FUEL = new BigDecimal("0.14");

    private final Bookings bookings = new Bookings();
    /** The trip's DEP checkpoint: the parcel flies the day after it is booked. */
    private static final Duration DEPARTURE = Duration.ofDays(1);

    private final AtomicLong serial = new AtomicLong(2_000_000);
    private final Map<String, String> masterBills = new ConcurrentHashMap<>();
    private final Clock clock;
    private final String apiKey;
    private final String account;

    SimulatedAeroLink(Clock clock, String apiKey, String account) {
        this.clock = clock;
        this.apiKey = apiKey;
        this.account = account;
    }

    Reply answer(Call call) {
        String presented = call.header("Authorization");
        if (presented == null || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                ("Bearer " + apiKey).getBytes(StandardCharsets.UTF_8))) {
            return error(401, "UNAUTHORIZED", null);
        }
        try {
            return route(call);
        } catch (BadJson e) {
            return error(400, "INVALID_FIELD", null);
        }
    }

    private Reply route(Call call) {
        String[] path = call.path().split("/");
        if (call.method().equals("POST") && call.path().equals("/v2/quotes")) {
            return quote(read(call));
        }
        if (call.method().equals("POST") && call.path().equals("/v2/shipments")) {
            return book(call.header("Idempotency-Key"), read(call));
        }
        if (path.length == 4 && call.path().startsWith("/v2/shipments/") && call.method().equals("DELETE")) {
            return cancel(path[3]);
        }
        if (path.length == 5 && call.path().startsWith("/v2/shipments/") && path[4].equals("events") && call.method().equals("GET")) {
            return events(path[3]);
        }
        return error(404, "NOT_FOUND", null);
    }

    private Reply quote(JsonNode request) {
        Reply refused = refusal(request);
        if (refused != null) {
            return refused;
        }
        String service = request.get("service").getStringValue();
        long freight = startedKilograms(request.get("pieces")) * FEN_PER_KG.get(service);
        long fuel = BigDecimal.valueOf(freight).multiply(FUEL).setScale(0, RoundingMode.HALF_UP).longValueExact();
        Map<String, Object> quote = new LinkedHashMap<>();
        quote.put("service", service);
        quote.put("currency", "CNY");
        quote.put("charges", List.of(Map.of("code", "FREIGHT", "amountMinor", freight), Map.of("code", "FUEL", "amountMinor", fuel)));
        quote.put("transitDays", service.equals("AIR-EXP") ? Map.of("min", 2, "max", 3) : Map.of("min", 3, "max", 5));
        return ok(200, Map.of("quotes", List.of(quote)));
    }

    private Reply book(String idempotencyKey, JsonNode request) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return error(400, "INVALID_FIELD", "Idempotency-Key");
        }
        Reply refused = refusal(request);
        if (refused != null) {
            return refused;
        }
        Bookings.Booking booking = bookings.once(idempotencyKey, () -> {
            String awb = airWaybill(serial.incrementAndGet());
            String service = request.get("service").getStringValue();
            String format = Labels.formatOf(text(request, "labelFormat"));
            long freight = startedKilograms(request.get("pieces")) * FEN_PER_KG.get(service);
            long total = freight + BigDecimal.valueOf(freight).multiply(FUEL).setScale(0, RoundingMode.HALF_UP).longValueExact();
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("awb", awb);
            answer.put("service", service);
            answer.put("label", Map.of("format", format,
                    "base64", Base64.getEncoder().encodeToString(Labels.of(format, "AeroLink", awb))));
            answer.put("charges", Map.of("currency", "CNY", "totalMinor", total));
            String hub = hub(text(request.get("shipper"), "country"));
            Instant booked = clock.instant();
            answer.put("consolidation", consolidation(hub, booked.plus(DEPARTURE)));
            return new Bookings.Booking(awb, trip(hub, service).startingAt(booked), PlainJson.write(answer));
        });
        // The first answer, replayed: a retried booking sees the same waybill and label.
        return Reply.text(201, "application/json", booking.answer());
    }

    private Reply cancel(String awb) {
        var booking = bookings.byWaybill(awb);
        if (booking.isEmpty()) {
            return error(404, "NOT_FOUND", null);
        }
        var outcome = booking.get().trip().cancel(clock.instant(), "DEP", "CXL", "Booking cancelled by shipper");
        return outcome == Trip.Cancellation.TOO_LATE ? error(409, "ALREADY_DEPARTED", null) : Reply.empty(204);
    }

    private Reply events(String awb) {
        var booking = bookings.byWaybill(awb);
        if (booking.isEmpty()) {
            return error(404, "NOT_FOUND", null);
        }
        List<Object> events = new ArrayList<>();
        for (Trip.Scan scan : booking.get().trip().scans(clock.instant())) {
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("code", scan.code());
            // AeroLink stamps events in UTC to the second.
            event.put("time", scan.at().truncatedTo(ChronoUnit.SECONDS).toString());
            if (scan.place() != null) {
                event.put("location", scan.place());
            }
            event.put("text", scan.note());
            events.add(event);
        }
        return ok(200, Map.of("awb", awb, "events", events));
    }

    /** What AeroLink refuses before pricing or booking: a foreign account, an unknown service, a lane it does not fly. */
    private Reply refusal(JsonNode request) {
        if (!account.equals(text(request, "account"))) {
            return error(403, "UNAUTHORIZED", "account");
        }
        String service = text(request, "service");
        if (service == null || !LANES.containsKey(service)) {
            return error(400, "INVALID_FIELD", "service");
        }
        JsonNode from = request.get("origin") != null ? request.get("origin") : request.get("shipper");
        JsonNode to = request.get("destination") != null ? request.get("destination") : request.get("consignee");
        if (!LANES.get(service).contains(text(from, "country")) || !"CN".equals(text(to, "country"))
                || !"9610".equals(text(request, "customsRegime"))) {
            return error(422, "LANE_CLOSED", null);
        }
        JsonNode pieces = request.get("pieces");
        if (pieces == null || !pieces.isArray() || pieces.size() == 0) {
            return error(400, "INVALID_FIELD", "pieces");
        }
        for (JsonNode piece : pieces.values()) {
            if (piece.get("weightGrams") == null || piece.get("weightGrams").getLongValue() <= 0) {
                return error(400, "INVALID_FIELD", "pieces.weightGrams");
            }
        }
        return null;
    }

    /**
     * The consolidation a parcel is flown in, as AeroLink answers it: the master air waybill of its flight on its
     * departure date (one per flight and day, shared by every parcel on it; printed {@code 784-nnnnnnnn}).
     */
    private Map<String, Object> consolidation(String hub, Instant departure) {
        String flight = flightNumber(hub);
        String date = LocalDate.ofInstant(departure, ZoneOffset.UTC).toString();
        String mawb = masterBills.computeIfAbsent(flight + "/" + date, k -> airWaybill(serial.incrementAndGet()));
        Map<String, Object> flightJson = new LinkedHashMap<>();
        flightJson.put("number", flight);
        flightJson.put("departureDate", date);
        flightJson.put("origin", hub);
        flightJson.put("destination", "PVG");
        Map<String, Object> consolidation = new LinkedHashMap<>();
        consolidation.put("mawb", mawb.substring(0, 3) + "-" + mawb.substring(3));
        consolidation.put("flight", flightJson);
        return consolidation;
    }

    /** AeroLink's daily freighter from each origin hub to Pudong. */
    private static String flightNumber(String hub) {
        return switch (hub) {
            case "NRT" -> "KJ802";
            case "FRA" -> "KJ803";
            case "LHR" -> "KJ804";
            case "SYD" -> "KJ805";
            case "CDG" -> "KJ806";
            default -> "KJ801";
        };
    }

    /** AeroLink's line haul: booked, received at the origin hub, flown to Pudong, cleared under 9610, handed over. */
    private static Trip.Plan trip(String hub, String service) {
        String flightNo = flightNumber(hub);
        int flight = service.equals("AIR-EXP") ? 0 : 1;
        return new Trip.Plan()
                .at(0, 0, "BKD", hub, "Booked")
                .at(0, 10, "RCS", hub, "Received from shipper")
                .at(0, 20, "MAN", hub, "Manifested on " + flightNo)
                .at((int) DEPARTURE.toDays(), 0, "DEP", hub, "Departed on " + flightNo)
                .at(1 + flight, 6, "ARR", "PVG", "Arrived")
                .at(1 + flight, 8, "CCP", "PVG", "Customs clearance in progress")
                .at(2 + flight, 4, "CRL", "PVG", "Released by customs")
                .at(2 + flight, 8, "HLM", "PVG", "Handed to last-mile carrier");
    }

    private static String hub(String origin) {
        return switch (origin == null ? "" : origin) {
            case "JP" -> "NRT";
            case "DE" -> "FRA";
            case "GB" -> "LHR";
            case "AU" -> "SYD";
            case "FR" -> "CDG";
            default -> "EWR";
        };
    }

    /** IATA air waybill: airline prefix, seven-digit serial, check digit = serial mod 7. */
    static String airWaybill(long serial) {
        return "784" + String.format("%07d", serial) + serial % 7;
    }

    private static long startedKilograms(JsonNode pieces) {
        long grams = 0;
        for (JsonNode piece : pieces.values()) {
            grams += piece.get("weightGrams").getLongValue();
        }
        return (grams + 999) / 1000;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || !value.isString() ? null : value.getStringValue();
    }

    private JsonNode read(Call call) {
        try {
            JsonNode node = PlainJson.mapper().readValue(call.body(), JsonNode.class);
            if (node == null || !node.isObject()) {
                throw new IOException("not a JSON object");
            }
            return node;
        } catch (IOException e) {
            throw new BadJson(e);
        }
    }

    private Reply ok(int status, Object body) {
        return Reply.text(status, "application/json", PlainJson.write(body));
    }

    private Reply error(int status, String code, String field) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        if (field != null) {
            error.put("field", field);
        }
        error.put("message", code.toLowerCase().replace('_', ' '));
        return ok(status, Map.of("error", error));
    }

    /** A body that is not JSON: AeroLink answers 400, like any API gateway. */
    static final class BadJson extends RuntimeException {
        BadJson(IOException cause) {
            super(cause);
        }
    }
}
