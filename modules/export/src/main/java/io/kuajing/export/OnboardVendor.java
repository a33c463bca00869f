package io.kuajing.export;

/** An operator's onboarding of a vendor, as typed from the company's papers. */
public record OnboardVendor(String name, String uscc, String customsCode, Settlement settlement) {

    /** The bank account the vendor is paid into and its currency (ISO 4217). */
    public record Settlement(String bank, String accountNumber, String currency) {
    }
}
