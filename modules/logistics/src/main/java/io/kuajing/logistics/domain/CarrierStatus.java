package io.kuajing.logistics.domain;

import java.time.Instant;
import java.util.List;

/** A loaded carrier and its health, for operators: circuit state, recent failures, last failure kind and time. */
public record CarrierStatus(String carrierId, String name, String version, List<String> capabilities,
                            List<String> services, String circuit, int consecutiveFailures, String lastFailure,
                            Instant lastFailureAt) {
}
