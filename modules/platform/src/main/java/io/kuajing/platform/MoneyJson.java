package io.kuajing.platform;

import io.kuajing.kernel.Money;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Money as every response writes it: {@code {"amount":"1065.20","currency":"CNY"}}. The amount is a decimal string at
 * the currency's scale, never a JSON number: clients parse numbers into doubles and lose the fen (ADR 0024).
 */
@Serdeable
public record MoneyJson(String amount, String currency) {

    public static MoneyJson of(Money money) {
        return money == null ? null : new MoneyJson(money.amount().toPlainString(), money.currency().getCurrencyCode());
    }
}
