package io.kuajing.logistics.domain;

/** A carrier service that declares the lane and regime of a leg, with its usual transit days. */
public record CarrierCandidate(String carrierId, String serviceCode, LegKind leg, int minDays, int maxDays) {
}
