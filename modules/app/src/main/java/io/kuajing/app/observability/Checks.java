package io.kuajing.app.observability;

import io.micronaut.health.HealthStatus;

/** Health statuses shared by the indicators. */
final class Checks {

    /**
     * Working but needing an operator (a plugin failed to load, events wait too long): still answers 200, so a
     * load balancer keeps the node, while /health shows the status and an operator its details.
     */
    static final HealthStatus DEGRADED = new HealthStatus("DEGRADED", "working, but needs an operator", true, 1);

    private Checks() {
    }
}
