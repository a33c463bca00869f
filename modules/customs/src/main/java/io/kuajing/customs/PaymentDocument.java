package io.kuajing.customs;

import java.time.Instant;

import io.kuajing.kernel.Money;

/** What the payment company declares about the order's payment (CEB411). */
public record PaymentDocument(Company paymentCompany, String payTransactionId, Person payer, Money amountPaid,
                              Instant payTime) {
}
