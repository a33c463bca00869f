package io.kuajing.customs;

/**
 * Withdrawing an export order's accepted inventory list (CEB605): the order, the customs office, the broker who
 * declared it, the vendor, and why.
 */
public record ExportWithdrawal(String orderNo, String customsCode, Company broker, Company vendor, String reason) {
}
