package io.kuajing.platform.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.kuajing.kernel.ConflictWithRecord;
import io.kuajing.kernel.PartnerUnavailable;
import io.kuajing.platform.Problem;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error response of the app, whatever raised it, as application/problem+json. A 5xx answer never shows what
 * went wrong inside (exception messages carry SQL, class names, personal data): it says so with a request id, and
 * the cause is logged under that id for operators.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemDetails implements JsonErrorResponseBodyProvider<Problem> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetails.class);

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        String path = context.getRequest().getPath();
        // An outside party's outage (503 PartnerUnavailable) is no bug of ours: its answer names the party and the rule.
        boolean partner = context.getRootCause().filter(PartnerUnavailable.class::isInstance).isPresent();
        if (response.code() >= 500 && !partner) {
            // The id the X-Request-Id header carries (RequestIds), so the operator finds this line from the answer.
            String requestId = java.util.Optional.ofNullable(RequestIds.current()).orElseGet(() -> UUID.randomUUID().toString());
            LOG.error("{} {} answered {} [request {}]", context.getRequest().getMethodName(), path, response.code(), requestId,
                    context.getRootCause().orElse(null));
            return new Problem("about:blank", response.reason(), response.code(),
                    "the request could not be completed; quote request " + requestId + " to the operators",
                    path, List.of(), null, requestId);
        }
        List<Problem.Violation> violations = context.getErrors().stream()
                .filter(e -> e.getPath().isPresent())
                .map(e -> new Problem.Violation(e.getPath().get(), e.getTitle().orElse("constraint"), e.getMessage()))
                .toList();
        String detail = context.getErrors().stream().map(e -> e.getMessage()).findFirst()
                .orElse(response.reason());
        Map<String, String> existing = context.getRootCause()
                .filter(ConflictWithRecord.class::isInstance).map(c -> ((ConflictWithRecord) c).existing())
                .filter(m -> !m.isEmpty()).orElse(null);
        return new Problem("about:blank", response.reason(), response.code(), detail, path, violations, existing,
                RequestIds.current());
    }

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }
}
