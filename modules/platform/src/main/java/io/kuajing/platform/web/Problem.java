package io.kuajing.platform.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 9457 problem document. {@code violations} names each offending field and the rule it broke, so a
 * client can point at the input to fix; {@code existing} shows the record a 409 clashed with (e.g. the payment an
 * order already has); {@code requestId} ties a 5xx answer, which never shows internals, to the server's log line.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> violations, Map<String, String> existing, String requestId) {

    public Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {
        this(type, title, status, detail, instance, violations, null, null);
    }

    /** One broken rule: the field (a path into the request) and a stable rule code. */
    @Serdeable
    public record Violation(String field, String rule, String message) {
    }
}
