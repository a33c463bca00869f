package io.kuajing.catalog;

import java.time.LocalDate;
import java.util.List;

import io.kuajing.kernel.Sku;

/** Searching and browsing the catalogue (consumers), and the operators' lists. */
public interface BrowsingCatalog extends Catalog {

    /** Products whose zh-CN or original title, or brand, contains {@code text} (null: all) in {@code category} (null: all). */
    List<ProductSnapshot> search(String text, String category, int page, int size, LocalDate date);

    /** Products still without a zh-CN translation. */
    List<ProductSnapshot> untranslated(int page, int size, LocalDate date);

    long countUntranslated();

    List<OfferView> offersOf(Sku sku);
}
