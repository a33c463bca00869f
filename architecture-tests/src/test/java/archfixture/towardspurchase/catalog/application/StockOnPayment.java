package archfixture.towardspurchase.catalog.application;

import archfixture.towardspurchase.purchase.OrderPaid;

/** Planted: catalog depends on purchase, closing the loop purchase -> catalog -> purchase. */
public class StockOnPayment {
    void on(OrderPaid event) {
    }
}
