package io.kuajing.customs;

import java.time.LocalDate;

import io.kuajing.kernel.Money;

/**
 * Where an order's declaration stands: status (DECLARED, ACCEPTED, REJECTED, RELEASED, CLEARED, CANCELLED,
 * RETURNED), a pending cancellation or return, the last reason customs gave, and the masked buyer.
 */
public record DeclarationView(String orderNo, Regime regime, String portCode, String invtNo, String status,
                              String pendingRequest, String reason, LocalDate releasedOn, Money acturalPaid,
                              Money taxTotal, String maskedBuyerId) {
}
