package io.kuajing.app.observability;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.indicator.HealthResult;
import org.reactivestreams.Publisher;

/**
 * The last aggregated answer of each health route, per level of detail, reused while younger than {@code maxAge}
 * (1 s by default, {@code kuajing.operations.health-result-max-age}).
 *
 * <p>Why: /health runs on the event loop, and aggregating its checks costs more than the rest of the request — above
 * all Micronaut's graceful-shutdown check, which walks every open connection on each probe. Under an open-loop
 * peak that cost grows with the connections the probes themselves open, so the loops fell behind and most probes
 * timed out (docs/performance.md, "Product page and overload"). Aggregating at most once a second per route and
 * level bounds that work whatever the probe rate; a check that turns DOWN shows within {@code maxAge}, which no
 * probe period (seconds) notices. When the last answer is too old the probe that finds it aggregates again (the
 * checks read cached or in-memory figures: they never wait on the loop); two probes at once may both aggregate.
 */
final class RecentHealth {

    private record Key(String route, HealthLevelOfDetail detail) {
    }

    private record Answer(HealthResult result, Instant at) {
    }

    private final Map<Key, Answer> answers = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration maxAge;

    RecentHealth(Clock clock, Duration maxAge) {
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** The last answer of {@code route} at {@code detail} if recent enough, else a fresh one from {@code aggregate}. */
    Publisher<HealthResult> of(String route, HealthLevelOfDetail detail, Supplier<Publisher<HealthResult>> aggregate) {
        Key key = new Key(route, detail);
        Instant now = clock.instant();
        Answer last = answers.get(key);
        if (last != null && last.at().plus(maxAge).isAfter(now)) {
            return Publishers.just(last.result());
        }
        return Publishers.then(aggregate.get(), result -> answers.put(key, new Answer(result, now)));
    }
}
