package io.kuajing.catalog.adapter.alimt;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.kuajing.catalog.domain.TextField;
import io.kuajing.catalog.domain.Translator;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alibaba Cloud Machine Translation's e-commerce engine through {@code GetBatchTranslate} (version 2018-10-12,
 * {@code ApiType=translate_ecommerce}, {@code Scene=title} or {@code description}, {@code FormatType=text}, target
 * {@code zh}). RPC style: every parameter in a form-encoded POST, signed with HMAC-SHA1 over the canonical query
 * (Alibaba Cloud's signature version 1.0). At most 50 texts of at most 1,000 characters per call; a longer text is
 * not sent (it waits for an operator).
 *
 * <p>Errors, as the API answers them: HTTP 4xx/5xx with an RPC error body ({@code {"Code": "Throttling.User",
 * "Message": ..., "RequestId": ...}}) — throttling ({@code Throttling*}, {@code ServiceUnavailable}) and 5xx are
 * retried with exponential backoff, other 4xx (bad signature, no permission) are not; HTTP 200 with a body
 * {@code Code} other than 200 — 10001 (timeout) and 10002 (system error) are retried, others (10004 parameter,
 * 10005 language pair, 10008 too long, 10013 account in arrears ...) are not; and per text an item {@code code}
 * other than 200, which leaves that text untranslated while the others are kept. Timeouts are retried. Calls are
 * paced client-side to {@code requests-per-second} across all threads of the node.
 */
@Singleton
@Requires(property = "kuajing.catalog.translation.alimt.access-key-id")
@Requires(property = "kuajing.catalog.translation.alimt.access-key-secret")
class AlimtTranslator implements Translator {

    private static final Logger LOG = LoggerFactory.getLogger(AlimtTranslator.class);

    static final int MAX_TEXTS = 50;
    static final int MAX_CHARS = 1000;
    static final String VERSION = "2018-10-12";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final AlimtSettings settings;
    private final Clock clock;
    private final HttpClient http;
    private final ObjectMapper json = JsonMapper.builder().build();
    private long nextCallNanos;

    AlimtTranslator(AlimtSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(settings.getTimeout()).build();
    }

    @Override
    public String name() {
        return "alimt";
    }

    @Override
    public List<String> translate(List<String> texts, String sourceLanguage, TextField field) {
        String[] out = new String[texts.size()];
        List<Integer> sendable = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).length() <= MAX_CHARS) {
                sendable.add(i);
            }
        }
        for (int from = 0; from < sendable.size(); from += MAX_TEXTS) {
            List<Integer> batch = sendable.subList(from, Math.min(sendable.size(), from + MAX_TEXTS));
            Map<String, String> source = new LinkedHashMap<>();
            batch.forEach(i -> source.put(String.valueOf(i), texts.get(i)));
            call(source, sourceLanguage, field).forEach((index, translated) -> out[Integer.parseInt(index)] = translated);
        }
        return Arrays.asList(out);
    }

    /** One GetBatchTranslate, retried on throttling, server errors and timeouts. @return index -> translation */
    private Map<String, String> call(Map<String, String> source, String sourceLanguage, TextField field) {
        String body;
        try {
            body = json.writeValueAsString(source);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the texts as JSON", e);
        }
        RuntimeException last = null;
        for (int attempt = 1; attempt <= settings.getMaxAttempts(); attempt++) {
            if (attempt > 1) {
                sleep(settings.getBackoff().toMillis() << Math.min(attempt - 2, 6));
            }
            pace();
            try {
                return answer(send(signed(parameters(body, sourceLanguage, field))));
            } catch (Retryable e) {
                last = e;
                LOG.info("alimt attempt {} of {} failed: {}", attempt, settings.getMaxAttempts(), e.getMessage());
            }
        }
        throw new Unavailable("alimt still failing after " + settings.getMaxAttempts() + " attempts", last);
    }

    private Map<String, String> parameters(String sourceText, String sourceLanguage, TextField field) {
        Map<String, String> p = new TreeMap<>();
        p.put("Action", "GetBatchTranslate");
        p.put("Version", VERSION);
        p.put("Format", "JSON");
        p.put("AccessKeyId", settings.getAccessKeyId());
        p.put("SignatureMethod", "HMAC-SHA1");
        p.put("SignatureVersion", "1.0");
        p.put("SignatureNonce", UUID.randomUUID().toString());
        p.put("Timestamp", TIMESTAMP.format(clock.instant()));
        p.put("ApiType", "translate_ecommerce");
        p.put("Scene", field.isRunningText() ? "description" : "title");
        p.put("FormatType", "text");
        p.put("SourceLanguage", sourceLanguage);
        p.put("TargetLanguage", "zh");
        p.put("SourceText", sourceText);
        return p;
    }

    /** The parameters with their Signature (signature version 1.0, the request sent as a form POST). */
    Map<String, String> signed(Map<String, String> parameters) {
        Map<String, String> all = new TreeMap<>(parameters);
        all.put("Signature", signature("POST", all, settings.getAccessKeySecret()));
        return all;
    }

    /** Base64(HMAC-SHA1(secret + "&", method & %2F & percent(canonical query))), parameters sorted by name. */
    static String signature(String method, Map<String, String> parameters, String secret) {
        String canonical = new TreeMap<>(parameters).entrySet().stream()
                .filter(e -> !e.getKey().equals("Signature"))
                .map(e -> percent(e.getKey()) + "=" + percent(e.getValue()))
                .collect(Collectors.joining("&"));
        String toSign = method + "&" + percent("/") + "&" + percent(canonical);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((secret + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA1", e);
        }
    }

    /** RFC 3986 percent-encoding as Alibaba Cloud's RPC signature wants it (space %20, * %2A, ~ kept). */
    static String percent(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }

    private HttpResponse<String> send(Map<String, String> parameters) {
        String form = parameters.entrySet().stream().map(e -> percent(e.getKey()) + "=" + percent(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(settings.getEndpoint()))
                .timeout(settings.getTimeout())
                .header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new Retryable("timed out after " + settings.getTimeout(), e);
        } catch (IOException e) {
            throw new Retryable("cannot reach " + settings.getEndpoint() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted", e);
        }
    }

    private Map<String, String> answer(HttpResponse<String> response) {
        JsonNode body;
        try {
            body = json.readTree(response.body());
        } catch (IOException e) {
            if (response.statusCode() >= 500) {
                throw new Retryable("HTTP " + response.statusCode(), e);
            }
            throw new Unavailable("alimt answered HTTP " + response.statusCode() + " without JSON", e);
        }
        String code = body.path("Code").asText("");
        if (response.statusCode() != 200) {
            String why = "HTTP " + response.statusCode() + " " + code + ": " + body.path("Message").asText("")
                    + " (RequestId " + body.path("RequestId").asText("") + ")";
            if (response.statusCode() >= 500 || code.startsWith("Throttling") || code.equals("ServiceUnavailable")) {
                throw new Retryable(why, null);
            }
            throw new Unavailable("alimt refused the call: " + why, null);
        }
        if (!code.equals("200")) {
            String why = "alimt code " + code + ": " + body.path("Message").asText("");
            if (code.equals("10001") || code.equals("10002")) {
                throw new Retryable(why, null);
            }
            throw new Unavailable(why, null);
        }
        Map<String, String> translated = new LinkedHashMap<>();
        for (JsonNode item : body.path("TranslatedList")) {
            if (item.path("code").asText("").equals("200")) {
                translated.put(item.path("index").asText(), item.path("translated").asText());
            } else {
                LOG.info("alimt did not translate text {}: code {}", item.path("index").asText(), item.path("code").asText());
            }
        }
        return translated;
    }

    /** Client-side rate limit: calls of all threads spaced by 1 / requests-per-second. */
    private void pace() {
        long wait;
        synchronized (this) {
            long now = System.nanoTime();
            long gap = (long) (1_000_000_000L / settings.getRequestsPerSecond());
            long slot = Math.max(now, nextCallNanos);
            nextCallNanos = slot + gap;
            wait = slot - now;
        }
        if (wait > 0) {
            sleep(wait / 1_000_000);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted", e);
        }
    }

    /** A failure worth another attempt. */
    private static final class Retryable extends RuntimeException {
        Retryable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
