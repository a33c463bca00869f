package io.kuajing.logistics.adapter.web;

import java.time.Instant;
import java.util.List;

import io.kuajing.logistics.application.CarrierHealth;
import io.kuajing.platform.ProblemResponses;
import io.kuajing.platform.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The loaded carriers and their health (circuit state, failures), for operators. */
@Tag(name = "logistics")
@ProblemResponses
@Controller("/api/logistics/carriers")
@Secured(Roles.OPERATOR)
class CarrierController {

    private final CarrierHealth directory;

    CarrierController(CarrierHealth directory) {
        this.directory = directory;
    }

    @Serdeable
    record Carrier(String id, String name, String version, List<String> capabilities, List<String> services,
                   String circuit, int consecutiveFailures, String lastFailure, Instant lastFailureAt) {
    }

    @Get
    @Operation(summary = "List carriers",
            description = "Carrier plugins with their services, circuit state and last failure. Roles: OPERATOR.")
    List<Carrier> carriers() {
        return directory.carriers().stream().map(c -> new Carrier(c.carrierId(), c.name(), c.version(), c.capabilities(),
                c.services(), c.circuit(), c.consecutiveFailures(), c.lastFailure(), c.lastFailureAt())).toList();
    }
}
