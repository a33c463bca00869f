package io.kuajing.customs;

import io.kuajing.kernel.Money;

/** A buyer's CBEC allowance for a calendar year; the ID number only ever masked. */
public record QuotaStatus(String maskedBuyerId, int year, Money annualLimit, Money used, Money remaining) {
}
