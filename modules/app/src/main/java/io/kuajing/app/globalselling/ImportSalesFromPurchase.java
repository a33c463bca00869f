package io.kuajing.app.globalselling;

import java.util.List;

import io.kuajing.export.ImportSales;
import io.kuajing.purchase.SalesFigures;
import jakarta.inject.Singleton;

/** The import column of export's report: purchase's paid sales per mode and year. */
@Singleton
class ImportSalesFromPurchase implements ImportSales {

    private final SalesFigures purchase;

    ImportSalesFromPurchase(SalesFigures purchase) {
        this.purchase = purchase;
    }

    @Override
    public List<ModeYear> byModeAndYear() {
        return purchase.paidByModeAndYear().stream()
                .map(p -> new ModeYear(p.mode(), p.year(), p.paidCny(), p.orders())).toList();
    }
}
