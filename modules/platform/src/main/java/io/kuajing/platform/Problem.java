package io.kuajing.platform;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 9457 problem document, the body of every 4xx and 5xx ({@code application/problem+json}); public so the
 * modules' OpenAPI annotations can name its schema. {@code violations} names each offending field and the rule it broke, so a
 * client can point at the input to fix; {@code existing} shows the record a 409 clashed with (e.g. the payment an
 * order already has); {@code requestId} is the id the response's X-Request-Id header carries: it ties an answer
 * (a 5xx never shows internals) to the server's log lines.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> violations, Map<String, String> existing, String requestId) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One broken rule: the field (a path into the request) and a stable rule code. */
    @Serdeable
    public record Violation(String field, String rule, String message) {
    }
}
