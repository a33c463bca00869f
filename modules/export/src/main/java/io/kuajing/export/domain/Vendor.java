package io.kuajing.export.domain;

import java.time.Instant;

import io.kuajing.kernel.RuleViolation;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * A Chinese company selling abroad through Kuajing, onboarded by an operator who checked its papers. One that
 * {@code claimsExportRefund} (出口退税) has its 9610 inventory lists declared type B, to be summed up monthly (ADR 0035).
 */
@AggregateRoot
public record Vendor(@Identity VendorId id, String name, Uscc uscc, CustomsRegistrationCode customsCode,
                     SettlementAccount settlement, boolean claimsExportRefund, Instant onboardedAt,
                     String onboardedBy) {

    public Vendor {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new RuleViolation("name", "required", "the company's registered name is required (at most 100 characters)");
        }
    }

    public static Vendor onboard(String name, Uscc uscc, CustomsRegistrationCode customsCode,
                                 SettlementAccount settlement, boolean claimsExportRefund, Instant at,
                                 String operator) {
        return new Vendor(VendorId.of(uscc), name.strip(), uscc, customsCode, settlement, claimsExportRefund, at,
                operator);
    }
}
