package io.kuajing.app.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/**
 * Lints the OpenAPI document the build generates (META-INF/swagger/kuajing-0.1.yml, the one /openapi serves) with
 * Spectral's recommended {@code spectral:oas} rules for OpenAPI 3, reimplemented here because Spectral is an npm tool
 * and the build runs offline (ADR 0025). Every rule is named as Spectral names it, and every finding fails the build,
 * whatever Spectral's own severity: the document must lint clean. Kuajing's own rules follow (prefix
 * {@code kuajing-}): a summary per operation, problem+json on every 4xx, the roles on every route.
 *
 * <p>Not reimplemented: {@code oas3-schema} is checked for the structure this document uses (required fields of
 * the objects it contains), not against the full OpenAPI JSON Schema; the markdown rules look for the two patterns
 * Spectral looks for.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiLintTest {

    static final String DOCUMENT = "META-INF/swagger/kuajing-0.1.yml";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    private Map<String, Object> doc;
    private final List<String> findings = new ArrayList<>();

    @BeforeAll
    void read() throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DOCUMENT)) {
            assertNotNull(in, DOCUMENT + " is generated at compile time");
            doc = new Yaml().load(in);
        }
        lint();
    }

    @Test
    void theDocumentLintsCleanWithTheRecommendedRules() {
        assertEquals(List.of(), findings, findings.size() + " finding(s)");
    }

    @Test
    void theLinterFindsWhatItLooksFor() {
        // The rules must be able to fail: a copy of the document with known faults must be reported.
        Map<String, Object> broken = new Yaml().load(new Yaml().dump(doc));
        Map<String, Object> op = firstOperation(broken);
        op.remove("summary");
        op.remove("operationId");
        map(op, "responses").put("422", new HashMap<>(Map.of("description", "bad")));
        OpenApiLintTest other = new OpenApiLintTest();
        other.doc = broken;
        other.lint();
        assertTrue(other.findings.stream().anyMatch(f -> f.startsWith("kuajing-operation-summary")), other.findings.toString());
        assertTrue(other.findings.stream().anyMatch(f -> f.startsWith("operation-operationId ")), other.findings.toString());
        assertTrue(other.findings.stream().anyMatch(f -> f.startsWith("kuajing-problem-on-4xx")), other.findings.toString());
    }

    private void lint() {
        Map<String, Object> info = map(doc, "info");
        rule("oas3-schema", doc.get("openapi") instanceof String v && v.startsWith("3."), "#/openapi is 3.x");
        rule("oas3-schema", info.get("title") != null && info.get("version") != null, "#/info has title and version");
        rule("info-contact", info.get("contact") instanceof Map, "#/info/contact is present");
        rule("info-description", nonBlank(info.get("description")), "#/info/description is present");
        rule("info-license", info.get("license") instanceof Map, "#/info/license is present");
        if (info.get("license") instanceof Map<?, ?> license) {
            rule("license-url", nonBlank(license.get("url")), "#/info/license/url is present");
        }
        List<?> servers = list(doc, "servers");
        rule("oas3-api-servers", !servers.isEmpty(), "#/servers names at least one server");
        for (Object s : servers) {
            String url = String.valueOf(((Map<?, ?>) s).get("url"));
            rule("oas3-server-trailing-slash", !url.endsWith("/") || url.equals("/"), "server " + url + " has no trailing slash");
        }
        Set<String> tagNames = new HashSet<>();
        for (Object t : list(doc, "tags")) {
            String name = String.valueOf(((Map<?, ?>) t).get("name"));
            rule("openapi-tags-uniqueness", tagNames.add(name), "tag " + name + " is declared once");
        }
        rule("openapi-tags", !tagNames.isEmpty(), "#/tags declares the tags operations use");

        Map<String, Object> securitySchemes = map(map(doc, "components"), "securitySchemes");
        Set<String> operationIds = new HashSet<>();
        Set<String> usedRefs = new LinkedHashSet<>();
        collectRefs(doc.get("paths"), usedRefs);
        collectRefs(map(doc, "components").get("responses"), usedRefs);
        for (Map.Entry<String, Object> path : map(doc, "paths").entrySet()) {
            String p = path.getKey();
            rule("path-keys-no-trailing-slash", !p.endsWith("/") || p.equals("/"), p + " has no trailing slash");
            rule("path-not-include-query", !p.contains("?"), p + " has no query string");
            rule("path-declarations-must-exist", !p.contains("{}"), p + " names its parameters");
            Set<String> templated = new LinkedHashSet<>();
            Matcher m = PATH_PARAM.matcher(p);
            while (m.find()) {
                rule("path-params", templated.add(m.group(1)), p + " names " + m.group(1) + " once");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) path.getValue();
            for (Map.Entry<String, Object> e : item.entrySet()) {
                if (!METHODS.contains(e.getKey())) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> op = (Map<String, Object>) e.getValue();
                lintOperation(e.getKey().toUpperCase() + " " + p, op, templated, operationIds, securitySchemes, tagNames);
            }
        }
        Map<String, Object> schemas = map(map(doc, "components"), "schemas");
        // Schemas reached only from other schemas count as used.
        Set<String> reached = new LinkedHashSet<>(usedRefs);
        for (boolean grew = true; grew; ) {
            Set<String> more = new LinkedHashSet<>();
            for (String ref : reached) {
                collectRefs(schemas.get(ref.substring(ref.lastIndexOf('/') + 1)), more);
            }
            grew = reached.addAll(more);
        }
        for (String name : schemas.keySet()) {
            rule("oas3-unused-component", reached.contains("#/components/schemas/" + name), "schema " + name + " is used");
        }
        walkSchemas(schemas, "#/components/schemas");
    }

    private void lintOperation(String where, Map<String, Object> op, Set<String> templated, Set<String> operationIds,
                               Map<String, Object> securitySchemes, Set<String> tagNames) {
        String id = (String) op.get("operationId");
        rule("operation-operationId", nonBlank(id), where + " has an operationId");
        if (id != null) {
            rule("operation-operationId-unique", operationIds.add(id), where + " operationId " + id + " is unique");
            rule("operation-operationId-valid-in-url", id.matches("[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=]+"),
                    where + " operationId " + id + " is URL-safe");
        }
        rule("operation-description", nonBlank(op.get("description")), where + " has a description");
        rule("kuajing-operation-summary", nonBlank(op.get("summary")), where + " has a summary");
        List<?> tags = op.get("tags") instanceof List<?> l ? l : List.of();
        rule("operation-tags", !tags.isEmpty(), where + " has a tag");
        rule("operation-singular-tag", tags.size() <= 1, where + " has one tag");
        tags.forEach(t -> rule("operation-tag-defined", tagNames.contains(String.valueOf(t)), where + " tag " + t + " is declared"));

        Set<String> parameterKeys = new HashSet<>();
        Set<String> pathParameters = new HashSet<>();
        for (Object o : list(op, "parameters")) {
            Map<?, ?> parameter = (Map<?, ?>) o;
            String key = parameter.get("in") + ":" + parameter.get("name");
            rule("operation-parameters", parameterKeys.add(key), where + " parameter " + key + " is unique");
            rule("oas3-schema", parameter.get("name") != null && parameter.get("in") != null, where + " parameter has name and in");
            if ("path".equals(parameter.get("in"))) {
                pathParameters.add(String.valueOf(parameter.get("name")));
                rule("path-params", Boolean.TRUE.equals(parameter.get("required")), where + " path parameter "
                        + parameter.get("name") + " is required");
            }
            if (parameter.get("schema") instanceof Map<?, ?> schema) {
                walkSchema(schema, where + " parameter " + parameter.get("name"));
            }
        }
        rule("path-params", pathParameters.equals(templated), where + " defines exactly the path parameters "
                + templated + ", found " + pathParameters);

        Map<String, Object> responses = map(op, "responses");
        rule("operation-success-response", responses.keySet().stream().anyMatch(c -> c.startsWith("2") || c.startsWith("3")),
                where + " has a 2xx or 3xx response");
        for (Map.Entry<String, Object> r : responses.entrySet()) {
            Map<?, ?> response = (Map<?, ?>) r.getValue();
            rule("oas3-schema", response.get("description") != null, where + " response " + r.getKey() + " has a description");
            if (r.getKey().startsWith("4")) {
                Map<?, ?> content = response.get("content") instanceof Map<?, ?> c ? c : Map.of();
                Object problem = content.get("application/problem+json");
                rule("kuajing-problem-on-4xx", problem instanceof Map<?, ?> pj && pj.get("schema") instanceof Map<?, ?> s
                                && "#/components/schemas/Problem".equals(s.get("$ref")),
                        where + " response " + r.getKey() + " is application/problem+json with the Problem schema");
            }
        }
        // Roles: every operation names the roles it admits as the scopes of its bearer requirement, or is public on
        // purpose (no requirement: the document has no global one) and its description starts with "Public".
        List<?> security = op.get("security") instanceof List<?> s ? s : null;
        if (security == null) {
            rule("kuajing-roles-per-route", String.valueOf(op.get("description")).startsWith("Public"),
                    where + " names its roles, or is public and its description says so first");
        } else {
            for (Object requirement : security) {
                for (Map.Entry<?, ?> scheme : ((Map<?, ?>) requirement).entrySet()) {
                    rule("oas3-operation-security-defined", securitySchemes.containsKey(String.valueOf(scheme.getKey())),
                            where + " security scheme " + scheme.getKey() + " is defined");
                    rule("kuajing-roles-per-route", scheme.getValue() instanceof List<?> roles && !roles.isEmpty(),
                            where + " names its roles");
                }
            }
        }
        if (op.get("requestBody") instanceof Map<?, ?> body && body.get("content") instanceof Map<?, ?> content) {
            content.values().forEach(media -> {
                if (media instanceof Map<?, ?> mt && mt.get("schema") instanceof Map<?, ?> schema) {
                    walkSchema(schema, where + " request body");
                }
            });
        }
        for (String text : List.of(String.valueOf(op.get("description")), String.valueOf(op.get("summary")))) {
            rule("no-eval-in-markdown", !text.contains("eval("), where + " has no eval( in its text");
            rule("no-script-tags-in-markdown", !text.toLowerCase().contains("<script"), where + " has no <script> in its text");
        }
    }

    private void walkSchemas(Map<String, Object> schemas, String where) {
        schemas.forEach((name, schema) -> {
            if (schema instanceof Map<?, ?> s) {
                walkSchema(s, where + "/" + name);
            }
        });
    }

    /** array-items, typed-enum, duplicated-entry-in-enum, recursively. */
    private void walkSchema(Map<?, ?> schema, String where) {
        if ("array".equals(schema.get("type"))) {
            rule("array-items", schema.get("items") instanceof Map, where + " (array) has items");
        }
        if (schema.get("enum") instanceof List<?> values) {
            rule("duplicated-entry-in-enum", new HashSet<>(values).size() == values.size(), where + " enum has no duplicates");
            Object type = schema.get("type");
            if (type != null) {
                rule("typed-enum", values.stream().allMatch(v -> v == null || matchesType(v, String.valueOf(type))),
                        where + " enum values are of type " + type);
            }
        }
        for (String key : List.of("items", "additionalProperties", "not")) {
            if (schema.get(key) instanceof Map<?, ?> child) {
                walkSchema(child, where + "/" + key);
            }
        }
        if (schema.get("properties") instanceof Map<?, ?> properties) {
            properties.forEach((name, child) -> {
                if (child instanceof Map<?, ?> c) {
                    walkSchema(c, where + "/" + name);
                }
            });
            if (schema.get("required") instanceof List<?> required) {
                required.forEach(r -> rule("oas3-schema", properties.containsKey(r), where + " requires " + r
                        + ", a property it defines"));
            }
        }
        for (String key : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.get(key) instanceof List<?> children) {
                children.forEach(c -> walkSchema((Map<?, ?>) c, where + "/" + key));
            }
        }
    }

    private static boolean matchesType(Object value, String type) {
        return switch (type) {
            case "string" -> value instanceof String;
            case "integer" -> value instanceof Integer || value instanceof Long;
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            default -> true;
        };
    }

    private void rule(String name, boolean ok, String expectation) {
        if (!ok) {
            findings.add(name + " " + expectation);
        }
    }

    private static void collectRefs(Object node, Set<String> refs) {
        if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                if ("$ref".equals(k)) {
                    refs.add(String.valueOf(v));
                } else {
                    collectRefs(v, refs);
                }
            });
        } else if (node instanceof List<?> l) {
            l.forEach(v -> collectRefs(v, refs));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<?, ?> parent, String key) {
        return parent.get(key) instanceof Map<?, ?> m ? (Map<String, Object>) m : new HashMap<>();
    }

    private static List<?> list(Map<?, ?> parent, String key) {
        return parent.get(key) instanceof List<?> l ? l : List.of();
    }

    private static boolean nonBlank(Object value) {
        return value instanceof String s && !s.isBlank();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstOperation(Map<String, Object> document) {
        Map<String, Object> item = (Map<String, Object>) map(document, "paths").values().iterator().next();
        return (Map<String, Object>) item.entrySet().stream().filter(e -> METHODS.contains(e.getKey())).findFirst()
                .orElseThrow().getValue();
    }
}
