package io.kuajing.purchase.adapter.persistence;

import java.util.List;

import io.kuajing.platform.Transactions;
import io.kuajing.purchase.SalesFigures;
import jakarta.inject.Singleton;

/**
 * The paid sales per mode and China year, summed by the database: a read model over purchase_order, no aggregate
 * loaded. Other modules ask it outside any transaction of theirs, so it reads in one of its own.
 */
@Singleton
class JdbcSalesFigures implements SalesFigures {

    private final SoldOrderRows rows;
    private final Transactions transactions;

    JdbcSalesFigures(SoldOrderRows rows, Transactions transactions) {
        this.rows = rows;
        this.transactions = transactions;
    }

    @Override
    public List<ModeYear> paidByModeAndYear() {
        return transactions.read(() -> rows.paidByModeAndYear().stream()
                .map(r -> new ModeYear(r.mode(), r.soldYear(), r.paid(), r.orders())).toList());
    }
}
