package io.kuajing.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

/**
 * JSON as plain Java values (maps, lists, strings, exact decimals, booleans, null), for a simulator that stores what
 * it was sent and answers it back: numbers stay {@link BigDecimal}, so a price is never a double on the way through.
 */
final class PlainJson {

    private PlainJson() {
    }

    /**
     * Built on the first call to a simulator, not when the simulators start: a default mapper starts a Micronaut
     * context of its own, about two seconds of class loading that must not delay the app's start (nor compete with
     * it for the CPU, as a background thread did on the shared 2-core machine). Calls that come together wait on the
     * JVM's class initialisation, they never fail for it.
     */
    private static final class Mapper {
        static final JsonMapper JSON = JsonMapper.createDefault();
    }

    static JsonMapper mapper() {
        return Mapper.JSON;
    }

    /** The body as plain values; {@link Unreadable} when it is not JSON. */
    static Object parse(byte[] body) {
        try {
            return plain(mapper().readValue(body, JsonNode.class));
        } catch (IOException | RuntimeException e) {
            throw new Unreadable();
        }
    }

    static String write(Object value) {
        try {
            return mapper().writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : null;
    }

    @SuppressWarnings("unchecked")
    static List<Object> array(Object value) {
        return value instanceof List<?> list ? (List<Object>) list : null;
    }

    /** The first object of a JSON array, the shape of every SP-API attribute; null when there is none. */
    static Map<String, Object> first(Object value) {
        List<Object> list = array(value);
        return list == null || list.isEmpty() ? null : object(list.get(0));
    }

    private static Object plain(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.entries().forEach(e -> map.put(e.getKey(), plain(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.values().forEach(v -> list.add(plain(v)));
            return list;
        }
        if (node.isNumber()) {
            return new BigDecimal(node.getNumberValue().toString());
        }
        if (node.isBoolean()) {
            return node.getBooleanValue();
        }
        return node.getStringValue();
    }

    /** A body that is not JSON. */
    static final class Unreadable extends RuntimeException {
        Unreadable() {
            super("not JSON", null, false, false);
        }
    }
}
