package io.kuajing.export;

/**
 * An operator's onboarding of a vendor, as typed from the company's papers; {@code claimsExportRefund} says whether it
 * claims the VAT export refund (null: it does not), which makes its 9610 lists summary-declared (ADR 0035).
 */
public record OnboardVendor(String name, String uscc, String customsCode, Settlement settlement,
                            Boolean claimsExportRefund) {

    /** A vendor that claims no VAT export refund. */
    public OnboardVendor(String name, String uscc, String customsCode, Settlement settlement) {
        this(name, uscc, customsCode, settlement, false);
    }

    /** The bank account the vendor is paid into and its currency (ISO 4217). */
    public record Settlement(String bank, String accountNumber, String currency) {
    }
}
