package io.kuajing.customs;

import java.math.BigDecimal;

/**
 * The positive list's answer: {@code rule} is {@code listed}, {@code not-listed}, {@code bonded-only} or
 * {@code not-cbec}; {@code reason} says it in words. A yearly per-person cap, if the line has one, comes with it.
 */
public record EligibilityAnswer(String hsCode, boolean eligible, String rule, String reason, boolean bondedOnly,
                                BigDecimal yearlyCap, String capUnit) {
}
