package io.kuajing.app.observability;

import java.security.Principal;

import io.kuajing.platform.Roles;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.management.endpoint.health.HealthEndpoint;
import io.micronaut.management.endpoint.health.HealthLevelOfDetail;
import io.micronaut.management.health.aggregator.HealthAggregator;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Liveness;
import io.micronaut.security.authentication.Authentication;

/**
 * /health for everyone, with the details (each check, its figures, its error) for operators only: anyone
 * may know whether the app is up, but folder paths and plugin errors are for staff.
 */
@Endpoint(value = HealthEndpoint.NAME, defaultSensitive = false)
@Replaces(HealthEndpoint.class)
class OperatorHealthEndpoint extends HealthEndpoint {

    OperatorHealthEndpoint(HealthAggregator<HealthResult> aggregator, HealthIndicator[] indicators,
                           @Liveness HealthIndicator[] liveness) {
        super(aggregator, indicators, liveness);
    }

    @Override
    protected HealthLevelOfDetail levelOfDetail(Principal principal) {
        return principal instanceof Authentication caller && caller.getRoles().contains(Roles.OPERATOR)
                ? HealthLevelOfDetail.STATUS_DESCRIPTION_DETAILS
                : HealthLevelOfDetail.STATUS;
    }
}
