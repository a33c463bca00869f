package io.kuajing.customs.adapter.persistence;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import io.kuajing.kernel.Money;

/**
 * Times are stored as UTC wall-clock values (DATETIME(6)) so neither the driver nor the server shifts them, as the
 * platform's outbox does; amounts are CNY in DECIMAL columns. Rows carry the column types, the domain the values.
 */
final class UtcTime {

    private UtcTime() {
    }

    static LocalDateTime of(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    static BigDecimal amount(Money money) {
        return money == null ? null : money.amount();
    }

    static Money cny(BigDecimal amount) {
        return amount == null ? null : new Money(amount, Money.CNY);
    }
}
