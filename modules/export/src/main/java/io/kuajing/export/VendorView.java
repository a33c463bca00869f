package io.kuajing.export;

import java.time.Instant;

/** A vendor as operators see it; the settlement account number shows its last four characters only. */
public record VendorView(String vendorId, String name, String uscc, String customsCode, String settlementBank,
                         String settlementAccount, String settlementCurrency, Instant onboardedAt, String onboardedBy) {
}
