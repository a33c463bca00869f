package io.kuajing.export.domain;

import io.kuajing.kernel.Money;
import org.jmolecules.ddd.annotation.ValueObject;

/** One year's sales of one channel (a marketplace abroad, or an import mode): the amount and the orders counted. */
@ValueObject
public record YearlySales(String channel, int year, Money sales, long orders) {
}
