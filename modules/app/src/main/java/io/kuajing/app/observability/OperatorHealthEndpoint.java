package io.kuajing.app.observability;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;

import io.kuajing.platform.Roles;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.annotation.SingleResult;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.annotation.Read;
import io.micronaut.management.endpoint.annotation.Selector;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthCheckType;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;
import org.reactivestreams.Publisher;

/**
 * /health for everyone, with the details (each check, its figures, its error) for operators only: anyone
 * may know whether the app is up, but folder paths and plugin errors are for staff. Each answer is reused for up to
 * a second ({@link RecentHealth}), so probes at any rate aggregate the checks about once a second.
 */
@Endpoint(value = HealthEndpoint.NAME, defaultSensitive = false)
@Replaces(HealthEndpoint.class)
class OperatorHealthEndpoint extends HealthEndpoint {

    private final RecentHealth recent;

    OperatorHealthEndpoint(HealthAggregator<HealthResult> aggregator, HealthIndicator[] indicators,
                           @Liveness HealthIndicator[] liveness, Clock clock,
                           @Value("${kuajing.operations.health-result-max-age:1s}") Duration maxAge) {
        super(aggregator, indicators, liveness);
        this.recent = new RecentHealth(clock, maxAge);
    }

    @Read
    @SingleResult
    @Override
    public Publisher<HealthResult> getHealth(@Nullable Principal principal) {
        return recent.of(NAME, levelOfDetail(principal), () -> super.getHealth(principal));
    }

    @Read
    @SingleResult
    @Override
    public Publisher<HealthResult> getHealth(@Nullable Principal principal, @Selector HealthCheckType selector) {
        return recent.of(selector.name(), levelOfDetail(principal), () -> super.getHealth(principal, selector));
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(Principal principal) {
        return principal instanceof Authentication caller && caller.getRoles().contains(Roles.OPERATOR)
                ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS
                : HealthLevelOfDetail.STATUS;
    }
}
