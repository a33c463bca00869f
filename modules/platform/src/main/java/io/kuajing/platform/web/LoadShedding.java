package io.kuajing.platform.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.kuajing.platform.Problem;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Sheds load before the node collapses: at most {@code kuajing.web.max-in-flight} requests are served at once (they
 * run on the bounded blocking pool, each holding a database connection for part of its time); one more is answered
 * at once 429 with {@code Retry-After}, so a client backs off while the requests already admitted still finish in
 * time. {@code /health*} and {@code /prometheus} are never shed: an orchestrator and the operators must see an
 * overloaded node as alive and busy, not as dead.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class LoadShedding implements Ordered {

    private static final String ADMITTED = LoadShedding.class.getName();
    private static final List<String> NEVER_SHED = List.of("/health", "/prometheus");

    private final int maxInFlight;
    private final String retryAfterSeconds;
    private final AtomicInteger inFlight = new AtomicInteger();

    LoadShedding(@Value("${kuajing.web.max-in-flight:48}") int maxInFlight,
                 @Value("${kuajing.web.retry-after-seconds:1}") int retryAfterSeconds) {
        this.maxInFlight = maxInFlight;
        this.retryAfterSeconds = String.valueOf(retryAfterSeconds);
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> admit(HttpRequest<?> request) {
        String path = request.getPath();
        if (NEVER_SHED.stream().anyMatch(path::startsWith)) {
            return null;
        }
        if (inFlight.incrementAndGet() > maxInFlight) {
            inFlight.decrementAndGet();
            return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS).header("Retry-After", retryAfterSeconds)
                    .contentType(MediaType.APPLICATION_JSON_PROBLEM_TYPE)
                    .body(new Problem("about:blank", "Too Many Requests", 429, "the server is at capacity ("
                            + maxInFlight + " requests in progress); retry after " + retryAfterSeconds + " s", path, null, null,
                            RequestIds.current()));
        }
        request.setAttribute(ADMITTED, Boolean.TRUE);
        return null;
    }

    @ResponseFilter
    void done(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getAttribute(ADMITTED).isPresent()) {
            request.removeAttribute(ADMITTED, Boolean.class);
            inFlight.decrementAndGet();
        }
    }

    /** Requests being served now (admitted and not yet answered). */
    int inFlight() {
        return inFlight.get();
    }

    @Override
    public int getOrder() {
        // First of all, before security and body checks: a shed request costs the node next to nothing.
        return ServerFilterPhase.FIRST.before() - 1;
    }
}
