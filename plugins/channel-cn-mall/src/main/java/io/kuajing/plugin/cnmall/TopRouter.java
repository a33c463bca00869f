package io.kuajing.plugin.cnmall;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.kuajing.plugin.HttpTransport;
import io.kuajing.plugin.Json;

/**
 * One call of the storefront's Taobao Open Platform-shaped router: the system parameters ({@code method},
 * {@code app_key}, {@code session}, {@code timestamp} in Beijing time, {@code v} 2.0, {@code format} json,
 * {@code sign_method} md5) and the md5 {@code sign} over all of them, posted as a form; the answer is the
 * {@code <method>_response} object, or a {@link Refusal} for an {@code error_response} about the call's data. An
 * answer refusing the shop's credentials, or no answer, throws: the whole call failed.
 */
final class TopRouter {

    static final DateTimeFormatter TOP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    /** TOP's codes for the app key, signature and session: the shop's settings, never one item's data. */
    private static final List<Integer> CREDENTIALS = List.of(25, 26, 27, 28, 29);

    private final HttpTransport http;
    private final URI endpoint;
    private final String appKey;
    private final String appSecret;
    private final String session;
    private final Clock clock;

    TopRouter(HttpTransport http, URI endpoint, String appKey, String appSecret, String session, Clock clock) {
        this.http = http;
        this.endpoint = endpoint;
        this.appKey = appKey;
        this.appSecret = appSecret;
        this.session = session;
        this.clock = clock;
    }

    /** An {@code error_response} about the call's data: TOP's sub_code (or code) and its message. */
    static final class Refusal extends RuntimeException {
        private final String subCode;

        Refusal(String subCode, String message) {
            super(message, null, false, false);
            this.subCode = subCode;
        }

        String subCode() {
            return subCode;
        }
    }

    Map<String, Object> call(String method, Map<String, String> parameters) {
        Map<String, String> all = new TreeMap<>(parameters);
        all.put("method", method);
        all.put("app_key", appKey);
        all.put("session", session);
        all.put("timestamp", time(clock.instant()));
        all.put("v", "2.0");
        all.put("format", "json");
        all.put("sign_method", "md5");
        all.put("sign", sign(all, appSecret));
        String form = all.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpTransport.Response response;
        try {
            response = http.send(new HttpTransport.Request("POST", endpoint,
                    Map.of("Content-Type", List.of("application/x-www-form-urlencoded;charset=utf-8")),
                    form.getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(15)));
        } catch (IOException e) {
            // The exception's text may carry the URL; its type is enough to act on.
            throw new UncheckedIOException("the storefront is unreachable (" + e.getClass().getSimpleName() + ")",
                    new IOException(e.getClass().getSimpleName()));
        }
        if (!response.isSuccess()) {
            throw new IllegalStateException("the storefront answered HTTP " + response.status() + " to " + method);
        }
        Map<String, Object> answer = Json.object(Json.parse(response.bodyText()));
        if (answer.get("error_response") != null) {
            Map<String, Object> error = Json.object(answer.get("error_response"));
            int code = Json.number(error, "code").intValue();
            String text = error.get("msg") + (error.get("sub_msg") != null ? ": " + error.get("sub_msg") : "");
            if (CREDENTIALS.contains(code)) {
                throw new IllegalStateException("the storefront refused the shop's credentials (" + code + " "
                        + error.get("msg") + "): check app-key, app-secret and session");
            }
            throw new Refusal(error.get("sub_code") instanceof String sub ? sub : String.valueOf(code), text);
        }
        return Json.object(answer.get(method.substring("taobao.".length()).replace('.', '_') + "_response"));
    }

    static String time(Instant instant) {
        return LocalDateTime.ofInstant(instant, BEIJING).format(TOP_TIME);
    }

    static Instant instant(String topTime) {
        return LocalDateTime.parse(topTime, TOP_TIME).toInstant(BEIJING);
    }

    /** TOP's md5 sign: secret, then each non-empty parameter as name and value in name order, then secret; upper hex. */
    static String sign(Map<String, String> parameters, String secret) {
        StringBuilder text = new StringBuilder(secret);
        new TreeMap<>(parameters).forEach((name, value) -> {
            if (!name.equals("sign") && value != null && !value.isEmpty()) {
                text.append(name).append(value);
            }
        });
        text.append(secret);
        try {
            return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is part of every JDK", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
