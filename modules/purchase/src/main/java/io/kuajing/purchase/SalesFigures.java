package io.kuajing.purchase;

import java.math.BigDecimal;
import java.util.List;

/** Paid import sales as reports count them: per fulfilment mode and year (China time), cancelled and refunded left out. */
public interface SalesFigures {

    List<ModeYear> paidByModeAndYear();

    /** One mode's paid sales in one year, in CNY, and how many orders. */
    record ModeYear(String mode, int year, BigDecimal paidCny, long orders) {
    }
}
