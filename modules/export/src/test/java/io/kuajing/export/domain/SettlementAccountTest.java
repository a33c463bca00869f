package io.kuajing.export.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Currency;

import io.kuajing.kernel.RuleViolation;
import org.junit.jupiter.api.Test;

class SettlementAccountTest {

    static final SettlementAccount ACCOUNT = new SettlementAccount("中国银行深圳分行", "6217000012345678901",
            Currency.getInstance("USD"));

    @Test
    void theAccountNumberIsMaskedInListingsAndInLogs() {
        assertEquals("***************8901", ACCOUNT.maskedNumber());
        Vendor vendor = Vendor.onboard("深圳市样板有限公司", Uscc.parse("91350100M000100Y43"),
                CustomsRegistrationCode.parse("4403960abc"), ACCOUNT, false, Instant.EPOCH, "staff-1");
        assertFalse(vendor.toString().contains("6217000012345678901"), vendor.toString());
        assertEquals("4403960ABC", vendor.customsCode().value());
    }

    @Test
    void anAccountNumberWithSpacesOrTooShortIsRefused() {
        RuleViolation spaces = assertThrows(RuleViolation.class, () -> new SettlementAccount("银行", "6217 0000 1234 5678",
                Currency.getInstance("CNY")));
        assertEquals("settlement.accountNumber", spaces.field());
        assertEquals("account-number-format", spaces.rule());
    }
}
