package io.kuajing.logistics;

import java.math.BigDecimal;

import io.kuajing.kernel.RuleViolation;

/**
 * What a delivery question may ask, checked before any carrier plugin sees it: a unit of at most 100 kg and
 * ¥1,000,000 (two decimals), a parcel of at most 1,000 kg. Carriers' own limits are far below; the bounds are there so
 * a request cannot make a plugin compute with numbers it cannot hold (a price of 1e400, a weight × quantity that
 * overflows) and fail for reasons that are the caller's.
 */
public final class DeliveryLimits {

    public static final long MAX_UNIT_WEIGHT_GRAMS = 100_000;
    public static final long MAX_PARCEL_WEIGHT_GRAMS = 1_000_000;
    public static final BigDecimal MAX_UNIT_PRICE = new BigDecimal("1000000");

    private DeliveryLimits() {
    }

    /** A unit price: not negative, at most {@link #MAX_UNIT_PRICE}, at most two decimals; else {@code price-range}. */
    public static void unitPrice(BigDecimal value, String field) {
        if (value.signum() < 0 || value.compareTo(MAX_UNIT_PRICE) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new RuleViolation(field, "price-range", "a unit price from 0 to " + MAX_UNIT_PRICE.toPlainString()
                    + " with at most two decimals");
        }
    }
}
