package io.kuajing.export;

import java.time.Instant;

/**
 * A vendor as operators see it; the settlement account number shows its last four characters only;
 * {@code claimsExportRefund}: its 9610 lists are declared type B and summed up monthly (ADR 0035).
 */
public record VendorView(String vendorId, String name, String uscc, String customsCode, String settlementBank,
                         String settlementAccount, String settlementCurrency, boolean claimsExportRefund,
                         Instant onboardedAt, String onboardedBy) {
}
