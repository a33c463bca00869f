package com.example.carrier;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The post office's wire format: requests are form posts whose parameters, sorted by name, are signed with
 * HMAC-SHA256 of the customer's secret key; answers are {@code key=value} lines.
 */
final class ExampleForm {

    private ExampleForm() {
    }

    /** The signed, URL-encoded body: sorted parameters plus {@code sign}. */
    static String signed(Map<String, String> parameters, String secretKey) {
        TreeMap<String, String> sorted = new TreeMap<>(parameters);
        sorted.put("sign", sign(sorted, secretKey));
        StringBuilder sb = new StringBuilder();
        sorted.forEach((k, v) -> {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
        return sb.toString();
    }

    static String sign(Map<String, String> parameters, String secretKey) {
        StringBuilder canonical = new StringBuilder();
        new TreeMap<>(parameters).forEach((k, v) -> {
            if (!k.equals("sign")) {
                canonical.append(canonical.length() == 0 ? "" : "&").append(k).append('=').append(v);
            }
        });
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    static Map<String, String> decodeForm(String body) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                map.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return map;
    }

    /** Reads {@code key=value} lines; a line without '=' means the answer is not ours. */
    static Map<String, String> lines(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : text.replace("\r\n", "\n").split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("not a key=value line");
            }
            map.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
        }
        if (!map.containsKey("result")) {
            throw new IllegalArgumentException("no result line");
        }
        return map;
    }
}
