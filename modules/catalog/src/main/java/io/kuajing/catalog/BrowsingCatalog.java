package io.kuajing.catalog;

import java.time.LocalDate;
import java.util.List;

import io.kuajing.kernel.Sku;

/** Searching and browsing the catalogue (consumers), and the operators' lists. */
public interface BrowsingCatalog extends Catalog {

    /**
     * The shop: products shown to consumers — an approved zh-CN title (and brand) and at least one mode with a price
     * on {@code date} — whose zh-CN title or brand (or original ones) contain {@code text} (null: all), in
     * {@code category} (null: all), ordered by SKU.
     */
    List<ProductSnapshot> search(String text, String category, int page, int size, LocalDate date);

    /** A product page as consumers see it: empty when the product is not shown to them (untranslated or not for sale). */
    default java.util.Optional<ProductSnapshot> shown(Sku sku, LocalDate date) {
        return product(sku, date).filter(p -> p.translated() && !p.prices().isEmpty());
    }

    /** Every product, translated or not, for sale or not (operators), searched as {@link #search}. */
    List<ProductSnapshot> searchAll(String text, String category, int page, int size, LocalDate date);

    /** Products still without a zh-CN translation. */
    List<ProductSnapshot> untranslated(int page, int size, LocalDate date);

    long countUntranslated();

    List<OfferView> offersOf(Sku sku);
}
