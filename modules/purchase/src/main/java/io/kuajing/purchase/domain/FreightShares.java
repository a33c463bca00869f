package io.kuajing.purchase.domain;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import io.kuajing.kernel.Money;

/**
 * Spreads an order's freight over its lines in proportion to their goods value, to the fen, the last line taking
 * the remainder so the shares add up exactly. Customs taxes each line on its price plus its freight share
 * (财关税〔2016〕18号: the taxable price includes freight and insurance).
 */
public final class FreightShares {

    private FreightShares() {
    }

    public static List<Money> split(Money freight, List<Money> goodsValues) {
        Money total = goodsValues.stream().reduce(Money.zero(freight.currency()), Money::plus);
        List<Money> shares = new ArrayList<>();
        Money given = Money.zero(freight.currency());
        for (int i = 0; i < goodsValues.size(); i++) {
            Money share;
            if (i == goodsValues.size() - 1) {
                share = freight.minus(given);
            } else if (total.isPositive()) {
                share = new Money(freight.amount().multiply(goodsValues.get(i).amount())
                        .divide(total.amount(), 2, RoundingMode.HALF_UP), freight.currency());
            } else {
                share = Money.zero(freight.currency());
            }
            shares.add(share);
            given = given.plus(share);
        }
        return shares;
    }

}
