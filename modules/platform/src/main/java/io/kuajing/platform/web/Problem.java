package io.kuajing.platform.web;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/**
 * An RFC 9457 problem document. {@code violations} names each offending field and the rule it broke, so a
 * client can point at the input to fix; {@code requestId} is the id the response's X-Request-Id header carries.
 */
@Serdeable
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> violations, String requestId) {

    /** A problem about the request being served: carries its id (see {@link RequestIds}) for support to find its logs. */
    public Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {
        this(type, title, status, detail, instance, violations, RequestIds.current());
    }

    /** One broken rule: the field (a path into the request) and a stable rule code. */
    @Serdeable
    public record Violation(String field, String rule, String message) {
    }
}
