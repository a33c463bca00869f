package io.kuajing.app.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.indicator.HealthResult;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/** Probes at any rate aggregate the checks about once a second, and a check that turns DOWN shows within that second. */
class RecentHealthTest {

    private final MovingClock clock = new MovingClock();
    private final RecentHealth recent = new RecentHealth(clock, Duration.ofSeconds(1));
    private final AtomicInteger aggregations = new AtomicInteger();
    private final AtomicReference<HealthStatus> status = new AtomicReference<>(HealthStatus.UP);
    private final Supplier<Publisher<HealthResult>> aggregate = () -> {
        aggregations.incrementAndGet();
        return Publishers.just(HealthResult.builder("kuajing", status.get()).build());
    };

    @Test
    void probesWithinASecondShareOneAggregation() {
        for (int i = 0; i < 1000; i++) {
            assertEquals(HealthStatus.UP, answer("health", HealthLevelOfDetail.STATUS));
        }
        assertEquals(1, aggregations.get());
    }

    @Test
    void aCheckThatTurnsDownShowsOnceTheLastAnswerIsASecondOld() {
        answer("health", HealthLevelOfDetail.STATUS);
        status.set(HealthStatus.DOWN);
        clock.advance(Duration.ofMillis(999));
        assertEquals(HealthStatus.UP, answer("health", HealthLevelOfDetail.STATUS), "reused for under a second");
        clock.advance(Duration.ofMillis(1));
        assertEquals(HealthStatus.DOWN, answer("health", HealthLevelOfDetail.STATUS));
        assertEquals(2, aggregations.get());
    }

    @Test
    void eachRouteAndLevelOfDetailHasItsOwnAnswer() {
        answer("health", HealthLevelOfDetail.STATUS);
        answer("health", HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS);
        answer("LIVENESS", HealthLevelOfDetail.STATUS);
        answer("READINESS", HealthLevelOfDetail.STATUS);
        answer("READINESS", HealthLevelOfDetail.STATUS);
        assertEquals(4, aggregations.get(), "an operator's details never come from an anonymous answer, nor liveness from readiness");
    }

    /** The answer's status; the endpoint's publishers answer at once, as on the event loop. */
    private HealthStatus answer(String route, HealthLevelOfDetail detail) {
        AtomicReference<HealthResult> answer = new AtomicReference<>();
        recent.of(route, detail, aggregate).subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(1);
            }

            @Override
            public void onNext(HealthResult result) {
                answer.set(result);
            }

            @Override
            public void onError(Throwable error) {
                throw new AssertionError(error);
            }

            @Override
            public void onComplete() {
            }
        });
        return answer.get().getStatus();
    }
}
