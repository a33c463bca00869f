package io.kuajing.catalog.adapter.alimt;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Alibaba Cloud Machine Translation's GetBatchTranslate (2018-10-12) as the API answers it, in process: it checks the
 * RPC request as the gateway does (common parameters, a fresh nonce, a timestamp within 15 minutes, the HMAC-SHA1
 * signature computed here from the documented algorithm, not from the adapter's code), the API's own limits (50
 * texts, 1,000 characters each, ApiType, Scene, FormatType, zh target), and answers with TranslatedList. Faults are
 * scripted per call: throttling ({@code Throttling.User}, HTTP 400), the gateway's 503, the engine's 10002 system
 * error (HTTP 200), a call that hangs past the client's timeout, and per text a refused item.
 */
public final class SimulatedAlimt implements AutoCloseable {

    public static final String KEY_ID = "LTAI5tSimulatedKeyId";
    public static final String SECRET = "simulated-access-key-secret";

    public enum Fault { THROTTLE, UNAVAILABLE, SYSTEM_ERROR, HANG, FORBIDDEN }

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private final HttpServer server;
    private final ObjectMapper json = JsonMapper.builder().build();
    private final ConcurrentLinkedQueue<Fault> faults = new ConcurrentLinkedQueue<>();
    private final Set<String> nonces = ConcurrentHashMap.newKeySet();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private final List<String> translatedTexts = new CopyOnWriteArrayList<>();
    private final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
    private final List<Long> arrivals = new CopyOnWriteArrayList<>();
    private final List<String> scenes = new CopyOnWriteArrayList<>();
    private final Map<String, String> dictionary = new ConcurrentHashMap<>();

    public SimulatedAlimt() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** The next calls fail this way, in order; then calls succeed. */
    public void failNext(Fault... next) {
        faults.addAll(List.of(next));
    }

    /** The engine refuses this text (item code 10007, translation failed) while translating the others. */
    public void refuse(String text) {
        refused.add(text);
    }

    /** What the engine answers for a text; others come back as "译:" + text. */
    public void knows(String text, String translation) {
        dictionary.put(text, translation);
    }

    /** Every HTTP request received, failed ones included. */
    public int requests() {
        return requests.get();
    }

    /** The texts it translated, in arrival order (a text sent twice appears twice). */
    public List<String> translatedTexts() {
        return List.copyOf(translatedTexts);
    }

    public List<Integer> batchSizes() {
        return List.copyOf(batchSizes);
    }

    public List<String> scenes() {
        return List.copyOf(scenes);
    }

    /** System.nanoTime() of each request's arrival. */
    public List<Long> arrivals() {
        return List.copyOf(arrivals);
    }

    public void reset() {
        faults.clear();
        refused.clear();
        requests.set(0);
        translatedTexts.clear();
        batchSizes.clear();
        arrivals.clear();
        scenes.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        arrivals.add(System.nanoTime());
        try (exchange) {
            Map<String, String> p = form(exchange);
            Fault fault = faults.poll();
            if (fault == Fault.HANG) {
                sleep(Duration.ofSeconds(3));
                reply(exchange, 200, ok(Map.of(), p));
                return;
            }
            String problem = gatewayProblem(exchange, p);
            if (problem != null) {
                reply(exchange, 400, error(problem.substring(0, problem.indexOf(' ')), problem.substring(problem.indexOf(' ') + 1)));
                return;
            }
            if (fault == Fault.THROTTLE) {
                reply(exchange, 400, error("Throttling.User", "Request was denied due to user flow control."));
                return;
            }
            if (fault == Fault.UNAVAILABLE) {
                reply(exchange, 503, error("ServiceUnavailable", "The request has failed due to a temporary failure of the server."));
                return;
            }
            if (fault == Fault.FORBIDDEN) {
                reply(exchange, 403, error("Forbidden.RAM", "User not authorized to operate on the specified resource."));
                return;
            }
            if (fault == Fault.SYSTEM_ERROR) {
                reply(exchange, 200, json.writeValueAsString(Map.of("Code", 10002, "Message", "系统错误",
                        "RequestId", requestId())));
                return;
            }
            String apiProblem = apiProblem(p);
            if (apiProblem != null) {
                reply(exchange, 200, json.writeValueAsString(Map.of("Code", 10004, "Message", apiProblem,
                        "RequestId", requestId())));
                return;
            }
            @SuppressWarnings("unchecked")
            Map<String, String> texts = json.readValue(p.get("SourceText"), LinkedHashMap.class);
            if (texts.size() > 50 || texts.values().stream().anyMatch(t -> t.length() > 1000)) {
                reply(exchange, 200, json.writeValueAsString(Map.of("Code", 10008, "Message", "字符长度过长",
                        "RequestId", requestId())));
                return;
            }
            batchSizes.add(texts.size());
            scenes.add(p.get("Scene"));
            reply(exchange, 200, ok(texts, p));
        }
    }

    private String ok(Map<String, String> texts, Map<String, String> p) throws IOException {
        List<Map<String, Object>> list = new ArrayList<>();
        texts.forEach((index, text) -> {
            if (refused.contains(text)) {
                list.add(Map.of("code", "10007", "index", index, "errorMsg", "翻译失败"));
            } else {
                translatedTexts.add(text);
                list.add(Map.of("code", "200", "index", index, "translated", dictionary.getOrDefault(text, "译:" + text),
                        "wordCount", String.valueOf(text.length()), "detectedLanguage", p.getOrDefault("SourceLanguage", "")));
            }
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("Code", 200);
        body.put("Message", "success");
        body.put("RequestId", requestId());
        body.put("TranslatedList", list);
        return json.writeValueAsString(body);
    }

    /** What Alibaba Cloud's gateway refuses before the API sees the call, as "Code message". */
    private String gatewayProblem(HttpExchange exchange, Map<String, String> p) {
        if (!"POST".equals(exchange.getRequestMethod()) && !"GET".equals(exchange.getRequestMethod())) {
            return "UnsupportedHTTPMethod " + exchange.getRequestMethod();
        }
        for (String name : List.of("Action", "Version", "Format", "AccessKeyId", "SignatureMethod", "SignatureVersion",
                "SignatureNonce", "Timestamp", "Signature")) {
            if (p.get(name) == null || p.get(name).isEmpty()) {
                return "MissingParameter " + name + " is mandatory for this action.";
            }
        }
        if (!"GetBatchTranslate".equals(p.get("Action"))) {
            return "InvalidAction.NotFound Specified api is not found, please check your url and method.";
        }
        if (!"2018-10-12".equals(p.get("Version"))) {
            return "InvalidVersion Specified parameter Version is not valid.";
        }
        if (!KEY_ID.equals(p.get("AccessKeyId"))) {
            return "InvalidAccessKeyId.NotFound Specified access key is not found.";
        }
        if (!"HMAC-SHA1".equals(p.get("SignatureMethod")) || !"1.0".equals(p.get("SignatureVersion"))) {
            return "InvalidSignatureMethod Specified signature method is not valid.";
        }
        Instant at;
        try {
            at = Instant.from(TIMESTAMP.parse(p.get("Timestamp")));
        } catch (RuntimeException e) {
            return "InvalidTimeStamp.Format Specified time stamp or date value is not well formatted.";
        }
        if (Duration.between(at, Instant.now()).abs().compareTo(Duration.ofMinutes(15)) > 0) {
            return "InvalidTimeStamp.Expired Specified time stamp or date value is expired.";
        }
        if (!nonces.add(p.get("SignatureNonce"))) {
            return "SignatureNonceUsed Specified signature nonce was used already.";
        }
        if (!expectedSignature(exchange.getRequestMethod(), p).equals(p.get("Signature"))) {
            return "SignatureDoesNotMatch Specified signature is not matched with our calculation.";
        }
        return null;
    }

    private static String apiProblem(Map<String, String> p) {
        if (!"translate_ecommerce".equals(p.get("ApiType")) && !"translate_standard".equals(p.get("ApiType"))) {
            return "ApiType must be translate_standard or translate_ecommerce";
        }
        if (!Set.of("title", "description", "communication", "medical", "social").contains(p.get("Scene"))) {
            return "Scene is not supported by translate_ecommerce";
        }
        if (!"text".equals(p.get("FormatType")) && !"html".equals(p.get("FormatType"))) {
            return "FormatType must be text or html";
        }
        if (!"zh".equals(p.get("TargetLanguage")) || p.get("SourceLanguage") == null || p.get("SourceText") == null) {
            return "SourceLanguage, TargetLanguage (zh) and SourceText are required";
        }
        return null;
    }

    /** Signature version 1.0, from the documentation: StringToSign = method&%2F&percent(sorted canonical query). */
    static String expectedSignature(String method, Map<String, String> p) {
        String canonical = new TreeMap<>(p).entrySet().stream().filter(e -> !e.getKey().equals("Signature"))
                .map(e -> pct(e.getKey()) + "=" + pct(e.getValue())).collect(Collectors.joining("&"));
        String toSign = method + "&" + pct("/") + "&" + pct(canonical);
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec((SECRET + "&").getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(toSign.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pct(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~') {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    private Map<String, String> form(HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> p = new TreeMap<>();
        for (String part : ((query == null ? "" : query) + "&" + body).split("&")) {
            if (!part.isEmpty()) {
                int eq = part.indexOf('=');
                p.put(URLDecoder.decode(part.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(part.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return p;
    }

    private String error(String code, String message) throws IOException {
        return json.writeValueAsString(Map.of("Code", code, "Message", message, "RequestId", requestId(),
                "HostId", "mt.cn-hangzhou.aliyuncs.com"));
    }

    private static String requestId() {
        return java.util.UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT);
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // The client gave up (timeout): nothing to answer to.
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
