package io.kuajing.platform.web;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import org.slf4j.MDC;

/**
 * Gives every HTTP request an id that follows it into each log line (MDC key {@value #MDC_KEY}), into problem
 * documents ({@link Problem#requestId()}) and back to the caller in {@value #HEADER}. A caller's own id is kept
 * when it is sane (at most 64 of {@code [A-Za-z0-9-_]}), so a gateway's id can be followed through; anything
 * else is replaced, never echoed, since it would land in logs unchecked.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class RequestIds implements Ordered {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = RequestIds.class.getName();
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    @RequestFilter
    void assign(HttpRequest<?> request, MutablePropagatedContext context) {
        String id = accepted(request.getHeaders().get(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        // Propagated, so the id is in the MDC on whichever thread serves the request (event loop or blocking pool),
        // and gone from it once the request is done: an event-loop thread never logs a stale id.
        context.add(new MdcPropagationContext(Map.of(MDC_KEY, id)));
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTRIBUTE, String.class).ifPresent(id -> response.getHeaders().set(HEADER, id));
    }

    /** The id of the request being served on this thread, if any. */
    static @Nullable String current() {
        return MDC.get(MDC_KEY);
    }

    static String accepted(@Nullable String offered) {
        return offered != null && SANE.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    @Override
    public int getOrder() {
        // Before security, so a refused request is logged and answered with its id too.
        return ServerFilterPhase.FIRST.before();
    }
}
