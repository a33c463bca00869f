package io.kuajing.app.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.kuajing.catalog.Catalog;
import io.kuajing.catalog.ProductListed;
import io.kuajing.catalog.ProductSnapshot;
import io.kuajing.customs.BondedBook;
import io.kuajing.customs.BondedEntry;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.FulfilmentMode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Sku;
import io.kuajing.platform.EventHandler;
import io.kuajing.platform.EventMetadata;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * In the {@code dev} run a newcomer's shop sells 闪购 too. Goods are sold from a bonded warehouse only after they
 * entered it under an entry list, and nothing on a laptop files one: so every product listed with a 闪购 offer enters
 * the development bonded book with an opening stock, one entry per product (numbered after its SKU, so a listing
 * handled twice enters once). The demo stocks its catalogue the same way, at once, before it places orders.
 */
@Singleton
@Requires(property = OpeningBondedStock.BOOK, pattern = ".+")
class OpeningBondedStock implements EventHandler<ProductListed> {

    static final String BOOK = "kuajing.dev.opening-bonded-stock.book";
    static final BigDecimal UNITS = new BigDecimal("1000");

    private final Catalog catalog;
    private final BondedBook book;
    private final Clock clock;
    private final String emsNo;

    OpeningBondedStock(Catalog catalog, BondedBook book, Clock clock, @Value("${" + BOOK + "}") String emsNo) {
        this.catalog = catalog;
        this.book = book;
        this.clock = clock;
        this.emsNo = emsNo;
    }

    @Override
    public String id() {
        return "app.dev-opening-bonded-stock";
    }

    @Override
    public Class<ProductListed> eventType() {
        return ProductListed.class;
    }

    @Override
    public void handle(ProductListed listed, EventMetadata metadata) {
        catalog.product(new Sku(listed.sku()), ChinaTime.today(clock)).flatMap(OpeningBondedStock::itemOf)
                .ifPresent(item -> book.recordEntry(new BondedEntry(emsNo, "DEV-" + listed.sku(), List.of(item))));
    }

    /** The opening stock of a product offered as 闪购 and classified (customs books items by HS code); else none. */
    static Optional<BondedEntry.Item> itemOf(ProductSnapshot product) {
        boolean flash = product.prices().stream().anyMatch(price -> price.mode() == FulfilmentMode.FLASH_PURCHASE);
        return flash && product.hsCode() != null
                ? Optional.of(new BondedEntry.Item(product.sku().value(), HsCode.of(product.hsCode()), product.title(), UNITS))
                : Optional.empty();
    }
}
