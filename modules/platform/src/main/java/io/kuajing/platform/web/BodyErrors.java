package io.kuajing.platform.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kuajing.kernel.RuleViolation;

/**
 * Names what is wrong with a request body the server could not read into its request type: not JSON at all
 * ({@code body}, rule {@code malformed-json}), or JSON whose value at some path has the wrong type ({@code lines[0].quantity},
 * rule {@code type}). The body is parsed again as a tree and walked beside the request record, so the path is the
 * client's, not the server's class names.
 */
final class BodyErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private BodyErrors() {
    }

    /** The violation for {@code body} that did not bind to {@code target}. */
    static RuleViolation of(String body, Type target) {
        if (body == null || body.isBlank()) {
            return new RuleViolation("body", "required", "a JSON body is required");
        }
        return check(body, target).orElseGet(() ->
                new RuleViolation("body", "type", "the body does not have the shape this route takes"));
    }

    /**
     * What is wrong with a JSON {@code body} for {@code target}, if anything: not JSON, or a value of the wrong JSON
     * type somewhere. Strict where the JSON binder would be lenient: no number for a text, no boolean or word for a
     * number (a decimal string is a number), no one-element list for a single value — a client that sends those has
     * a bug worth hearing about.
     */
    static Optional<RuleViolation> check(String body, Type target) {
        JsonNode tree;
        try {
            tree = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return Optional.of(malformed());
        }
        if (tree == null || tree.isMissingNode()) {
            return Optional.of(malformed());
        }
        return wrongType(tree, target, "");
    }

    static RuleViolation malformed() {
        return new RuleViolation("body", "malformed-json", "the body is not well-formed JSON");
    }

    private static Optional<RuleViolation> wrongType(JsonNode node, Type type, String path) {
        if (node == null || node.isNull()) {
            return Optional.empty(); // absent or null: the request's own rules say whether it is required
        }
        Class<?> raw = raw(type);
        if (raw.isRecord()) {
            if (!node.isObject()) {
                return Optional.of(violation(path, "an object"));
            }
            for (RecordComponent c : raw.getRecordComponents()) {
                Optional<RuleViolation> inner = wrongType(node.get(c.getName()), c.getGenericType(),
                        path.isEmpty() ? c.getName() : path + "." + c.getName());
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        if (Collection.class.isAssignableFrom(raw)) {
            if (!node.isArray()) {
                return Optional.of(violation(path, "a list"));
            }
            Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
            int i = 0;
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); i++) {
                Optional<RuleViolation> inner = wrongType(it.next(), element, path + "[" + i + "]");
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        if (Map.class.isAssignableFrom(raw)) {
            return node.isObject() ? Optional.empty() : Optional.of(violation(path, "an object"));
        }
        if (isNumber(raw)) {
            // A decimal string is a number too: money travels as "699.60" so that no client rounds it through a float.
            boolean numeric = node.isNumber() || (node.isTextual() && isDecimal(node.asText()));
            return numeric ? Optional.empty() : Optional.of(violation(path, "a number"));
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return node.isBoolean() ? Optional.empty() : Optional.of(violation(path, "true or false"));
        }
        if (isText(raw)) {
            return node.isTextual() ? Optional.empty() : Optional.of(violation(path, "a text"));
        }
        return Optional.empty(); // a type of its own (a framework's credentials, Object): its binder judges it
    }

    /** Text and what is read from text: codes, dates, durations, enums. */
    private static boolean isText(Class<?> raw) {
        return CharSequence.class.isAssignableFrom(raw) || raw.isEnum() || raw.getName().startsWith("java.time.")
                || raw == java.util.UUID.class || raw == java.util.Currency.class;
    }

    private static RuleViolation violation(String path, String expected) {
        return new RuleViolation(path.isEmpty() ? "body" : path, "type", "must be " + expected);
    }

    private static boolean isNumber(Class<?> raw) {
        return raw == int.class || raw == Integer.class || raw == long.class || raw == Long.class
                || raw == BigDecimal.class || raw == BigInteger.class || raw == double.class || raw == Double.class;
    }

    private static boolean isDecimal(String text) {
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }
}
