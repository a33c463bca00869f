package io.kuajing.customs;

/**
 * Where customs is with an export parcel: DECLARED (sent, no answer yet), ACCEPTED (inventory list concluded),
 * REJECTED (with customs' reason) or PARKED (kept back, never sent: it failed customs' schema); the numbers customs
 * gave the list (preNo, then invtNo) once it did.
 */
public record ExportDeclarationView(String orderNo, String copNo, String logisticsNo, String status, String preNo,
                                    String invtNo, String reason) {
}
