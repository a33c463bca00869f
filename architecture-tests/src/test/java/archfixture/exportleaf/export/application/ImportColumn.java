package archfixture.exportleaf.export.application;

import archfixture.exportleaf.purchase.OrderDesk;

/** Planted: export asks purchase directly instead of through its own API's ImportSales. */
public class ImportColumn {
    int orders(OrderDesk desk) {
        return desk.count();
    }
}
