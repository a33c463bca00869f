package io.kuajing.plugin.aerolink;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.kuajing.plugin.HttpTransport;
import io.kuajing.plugin.Json;

/**
 * An in-memory AeroLink: speaks its JSON, checks the API key, prices by started kilogram and replays the first
 * answer for a repeated Idempotency-Key, as the real service documents.
 */
final class SimulatedAeroLink implements HttpTransport {

    private final String apiKey;
    private final Map<String, String> bookings = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong(1000);

    SimulatedAeroLink(String apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    public Response send(Request request) {
        if (!List.of("Bearer " + apiKey).equals(request.headers().get("Authorization"))) {
            return json(401, "{\"error\":{\"code\":\"UNAUTHORIZED\",\"message\":\"invalid API key\"}}");
        }
        String path = request.uri().getPath();
        if (request.method().equals("POST") && path.equals("/v2/quotes")) {
            var body = Json.object(Json.parse(new String(request.body(), StandardCharsets.UTF_8)));
            long grams = 0;
            for (Object p : Json.array(body.get("pieces"))) {
                grams += Json.number(Json.object(p), "weightGrams").longValueExact();
            }
            long kilos = (grams + 999) / 1000;
            long freight = kilos * 3300;
            return json(200, "{\"quotes\":[{\"service\":\"" + body.get("service") + "\",\"currency\":\"CNY\",\"charges\":["
                    + "{\"code\":\"FREIGHT\",\"amountMinor\":" + freight + "},{\"code\":\"FUEL\",\"amountMinor\":"
                    + BigDecimal.valueOf(freight).multiply(new BigDecimal("0.14")).longValue() + "}],"
                    + "\"transitDays\":{\"min\":3,\"max\":5}}]}");
        }
        if (request.method().equals("POST") && path.equals("/v2/shipments")) {
            String key = request.headers().get("Idempotency-Key").get(0);
            String answer = bookings.computeIfAbsent(key, k -> {
                String awb = "784" + sequence.incrementAndGet();
                String label = Base64.getEncoder().encodeToString(("%PDF-1.4\n% simulated " + awb).getBytes(StandardCharsets.UTF_8));
                return "{\"awb\":\"" + awb + "\",\"service\":\"AIR-STD\",\"label\":{\"format\":\"PDF\",\"base64\":\"" + label
                        + "\"},\"charges\":{\"currency\":\"CNY\",\"totalMinor\":9405}}";
            });
            return json(201, answer);
        }
        if (request.method().equals("DELETE")) {
            return new Response(204, Map.of(), null);
        }
        if (request.method().equals("GET") && path.endsWith("/events")) {
            String awb = path.split("/")[3];
            return json(200, "{\"awb\":\"" + awb + "\",\"events\":[{\"code\":\"BKD\",\"time\":\"2026-03-02T02:05:00Z\"}]}");
        }
        return json(404, "{\"error\":{\"code\":\"NOT_FOUND\"}}");
    }

    private static Response json(int status, String body) {
        return new Response(status, Map.of("Content-Type", List.of("application/json")), body.getBytes(StandardCharsets.UTF_8));
    }
}
