package io.kuajing.purchase.adapter.stock;

import java.math.BigDecimal;

import io.kuajing.catalog.BrowsingCatalog;
import io.kuajing.customs.BondedBook;
import io.kuajing.purchase.domain.StockLevels;
import io.kuajing.purchase.domain.StockPool;
import jakarta.inject.Singleton;

/** Stock as its owners report it: customs' bonded account book for bonded items, the catalogue's offer for offers. */
@Singleton
class BookAndOfferStock implements StockLevels {

    private final BondedBook book;
    private final BrowsingCatalog catalog;

    BookAndOfferStock(BondedBook book, BrowsingCatalog catalog) {
        this.book = book;
        this.catalog = catalog;
    }

    @Override
    public int onHand(StockPool pool) {
        if (pool instanceof StockPool.BondedItem item) {
            return bonded(item);
        }
        StockPool.Offer offer = (StockPool.Offer) pool;
        return catalog.offersOf(offer.sku()).stream()
                .filter(o -> o.marketplace().equals(offer.marketplace()) && o.externalRef().equals(offer.externalRef())
                        && o.sellerId().equals(offer.sellerId()) && o.warehouseCode().equals(offer.warehouse()))
                .mapToInt(o -> Math.max(0, o.stock())).findFirst().orElse(0);
    }

    private int bonded(StockPool.BondedItem item) {
        // The book counts in declared units, possibly with decimals (kilograms); an order line takes whole pieces.
        BigDecimal stock = book.stock(item.emsNo(), item.sku().value());
        return stock.min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
    }
}
