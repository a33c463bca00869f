package io.kuajing.customs;

import java.time.LocalDate;

import io.kuajing.kernel.Money;
import io.kuajing.kernel.Regime;

/**
 * Where an order's declaration stands: status (PARKED, DECLARED, ACCEPTED, INSPECTION, DETAINED, REJECTED,
 * SHIPPED_BACK, RELEASED, CLEARED, CANCELLED, RETURNED), a pending cancellation or return, the last reason customs
 * gave (or why it was parked), the masked buyer, and the copNo customs' list receipts name it by.
 */
public record DeclarationView(String orderNo, Regime regime, String portCode, String invtNo, String status,
                              String pendingRequest, String reason, LocalDate releasedOn, Money acturalPaid,
                              Money taxTotal, String maskedBuyerId, String copNo) {
}
