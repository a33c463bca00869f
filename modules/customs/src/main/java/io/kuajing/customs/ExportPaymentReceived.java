package io.kuajing.customs;

import java.time.Instant;

import io.kuajing.kernel.Money;

/**
 * The vendor received the buyer's payment for an exported order (收款单, CEB403): the platform it was sold on, the
 * vendor, the order, who paid it over (the marketplace or payment company; its customs code when it has one), their
 * payment number, the amount in the currency it was paid in, and when it was booked.
 */
public record ExportPaymentReceived(Company platform, Company vendor, String orderNo, String payerCode, String payerName,
                                    String paymentNo, Money charge, Instant bookedAt) {
}
