package io.kuajing.sandbox;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kuajing.plugin.tck.SharedReference;

/**
 * One of Amazon's Swagger 2.0 models (an excerpt kept as shared reference data, {@link #MODELS}), able to say where a JSON value
 * breaks a definition: unknown field names (Amazon's definitions list every field), missing required fields, wrong
 * types, values outside an enum, integers below their minimum, date-times that do not parse. Enough of JSON Schema
 * for the definitions the excerpts hold (no allOf/oneOf occurs in them).
 */
final class SwaggerModel {

    private final Map<String, Object> definitions;
    private final Map<String, Object> paths;

    private SwaggerModel(Map<String, Object> root) {
        this.definitions = PlainJson.object(root.get("definitions"));
        this.paths = PlainJson.object(root.get("paths"));
    }

    /** A model under {@value #MODELS} of the shared reference data (docs/export.md, "Amazon's models"). */
    static SwaggerModel load(String name) {
        return new SwaggerModel(PlainJson.object(PlainJson.parse(SharedReference.read(MODELS, name))));
    }

    static final String MODELS = "amazon-sp-api/models";

    /** The definition's required field names. */
    @SuppressWarnings("unchecked")
    List<String> required(String definition) {
        Object required = PlainJson.object(definitions.get(definition)).get("required");
        return required == null ? List.of() : (List<String>) (List<?>) PlainJson.array(required);
    }

    /** The operation's parameters in {@code in} ("query", "path", "body") that the model marks required. */
    List<String> requiredParameters(String path, String method, String in) {
        List<String> names = new ArrayList<>();
        for (Object p : PlainJson.array(PlainJson.object(PlainJson.object(paths.get(path)).get(method)).get("parameters"))) {
            Map<String, Object> parameter = PlainJson.object(p);
            if (in.equals(parameter.get("in")) && Boolean.TRUE.equals(parameter.get("required"))) {
                names.add((String) parameter.get("name"));
            }
        }
        return names;
    }

    /** The definition the operation answers {@code status} with, e.g. GetOrdersResponse for getOrders' 200. */
    String response(String path, String method, int status) {
        Map<String, Object> operation = PlainJson.object(PlainJson.object(paths.get(path)).get(method));
        Map<String, Object> response = PlainJson.object(PlainJson.object(operation.get("responses")).get(Integer.toString(status)));
        Map<String, Object> schema = response == null ? null : PlainJson.object(response.get("schema"));
        return schema == null ? null : name((String) schema.get("$ref"));
    }

    /** Where {@code value} breaks {@code definition}; empty when it conforms. */
    List<String> violations(String definition, Object value) {
        List<String> found = new ArrayList<>();
        check(PlainJson.object(definitions.get(definition)), value, definition, found);
        return found;
    }

    private void check(Map<String, Object> schema, Object value, String at, List<String> found) {
        if (schema.get("$ref") instanceof String ref) {
            check(PlainJson.object(definitions.get(name(ref))), value, at, found);
            return;
        }
        if (value == null) {
            found.add(at + ": null");
            return;
        }
        String type = (String) schema.getOrDefault("type", schema.containsKey("properties") ? "object" : null);
        if (type == null) {
            return;
        }
        switch (type) {
            case "object" -> object(schema, value, at, found);
            case "array" -> {
                List<Object> items = PlainJson.array(value);
                if (items == null) {
                    found.add(at + ": not an array");
                    return;
                }
                if (schema.get("minItems") instanceof BigDecimal min && items.size() < min.intValue()) {
                    found.add(at + ": fewer than " + min + " items");
                }
                for (int i = 0; i < items.size(); i++) {
                    check(PlainJson.object(schema.get("items")), items.get(i), at + "[" + i + "]", found);
                }
            }
            case "string" -> string(schema, value, at, found);
            case "integer" -> {
                if (!(value instanceof BigDecimal n) || n.stripTrailingZeros().scale() > 0) {
                    found.add(at + ": not an integer: " + value);
                } else if (schema.get("minimum") instanceof BigDecimal min && n.compareTo(min) < 0) {
                    found.add(at + ": below " + min);
                }
            }
            case "number" -> {
                if (!(value instanceof BigDecimal)) {
                    found.add(at + ": not a number: " + value);
                }
            }
            case "boolean" -> {
                if (!(value instanceof Boolean)) {
                    found.add(at + ": not a boolean: " + value);
                }
            }
            default -> found.add(at + ": the model's type " + type + " is not checked here");
        }
    }

    private void object(Map<String, Object> schema, Object value, String at, List<String> found) {
        Map<String, Object> object = PlainJson.object(value);
        if (object == null) {
            found.add(at + ": not an object");
            return;
        }
        List<Object> required = PlainJson.array(schema.get("required"));
        for (Object name : required == null ? List.of() : required) {
            if (!object.containsKey((String) name)) {
                found.add(at + "." + name + ": required");
            }
        }
        Map<String, Object> properties = PlainJson.object(schema.get("properties"));
        Object additional = schema.get("additionalProperties");
        for (var field : object.entrySet()) {
            Map<String, Object> property = properties == null ? null : PlainJson.object(properties.get(field.getKey()));
            if (property != null) {
                check(property, field.getValue(), at + "." + field.getKey(), found);
            } else if (PlainJson.object(additional) != null) {
                check(PlainJson.object(additional), field.getValue(), at + "." + field.getKey(), found);
            } else if (!Boolean.TRUE.equals(additional)) {
                found.add(at + "." + field.getKey() + ": not a field of the model");
            }
        }
    }

    private static void string(Map<String, Object> schema, Object value, String at, List<String> found) {
        if (!(value instanceof String text)) {
            found.add(at + ": not a string: " + value);
            return;
        }
        List<Object> allowed = PlainJson.array(schema.get("enum"));
        if (allowed != null && !allowed.contains(text)) {
            found.add(at + ": " + text + " is not one of " + allowed);
        }
        if ("date-time".equals(schema.get("format"))) {
            try {
                Instant.parse(text);
            } catch (DateTimeParseException e) {
                found.add(at + ": not a date-time: " + text);
            }
        }
    }

    private static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }
}
