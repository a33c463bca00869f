package io.kuajing.export.domain;

import java.util.Currency;

import io.kuajing.kernel.RuleViolation;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Where the vendor is paid: a bank (name), an account number (8 to 34 letters or digits: Chinese accounts are
 * 16 to 19 digits, an FX account may be an IBAN), and the account's currency (CNY, or the FX account's USD, JPY ...).
 */
@ValueObject
public record SettlementAccount(String bank, String accountNumber, Currency currency) {

    public SettlementAccount {
        if (bank == null || bank.isBlank() || bank.length() > 100) {
            throw new RuleViolation("settlement.bank", "required", "the settlement bank is required (at most 100 characters)");
        }
        if (accountNumber == null || !accountNumber.matches("[0-9A-Z]{8,34}")) {
            throw new RuleViolation("settlement.accountNumber", "account-number-format",
                    "an account number is 8 to 34 digits or capital letters, without spaces");
        }
        if (currency == null) {
            throw new RuleViolation("settlement.currency", "required", "the settlement account's currency is required");
        }
    }

    /** The account number as listings and logs show it: only the last four characters. */
    public String maskedNumber() {
        return "*".repeat(accountNumber.length() - 4) + accountNumber.substring(accountNumber.length() - 4);
    }

    /** Masked too: a vendor or its account written to a log must not carry the account number. */
    @Override
    public String toString() {
        return "SettlementAccount[" + bank + ", " + maskedNumber() + ", " + currency + "]";
    }
}
