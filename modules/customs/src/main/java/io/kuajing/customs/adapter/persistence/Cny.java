package io.kuajing.customs.adapter.persistence;

import java.math.BigDecimal;

import io.kuajing.kernel.Money;

/** Customs keeps every amount in CNY (DECIMAL(14,2)): rows carry the number, the domain the money. */
final class Cny {

    private Cny() {
    }

    static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    static Money of(BigDecimal amount) {
        return amount == null ? null : new Money(amount, Money.CNY);
    }
}
