package io.kuajing.catalog.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Sku;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The catalogue's products and offers, for reading. */
@SecondaryPort
public interface Products {

    Optional<Product> bySku(Sku sku);

    List<Offer> offersOf(Sku sku);

    Map<Sku, List<Offer>> offersOf(Collection<Sku> skus);

    /**
     * Products whose zh-CN or original title, or brand, contains {@code text} (null: all), in {@code category}
     * (null: all), ordered by SKU.
     */
    List<Product> search(String text, String category, int offset, int limit);

    List<Product> bySkus(Collection<Sku> skus);

    /**
     * The shop's candidates: products whose title (and brand) have an approved zh-CN translation and with an offer in
     * stock, whose approved zh-CN title or brand (or original title or brand) contains {@code text} (null: all), in
     * {@code category} (null: all), ordered by SKU. Whether a mode can be priced is for the caller to decide.
     */
    List<Product> shop(String text, String category, int offset, int limit);

    /** Products without an approved zh-CN title (or brand), ordered by SKU. */
    List<Product> untranslated(int offset, int limit);

    long countUntranslated();

    /**
     * An operator's HS code for a product; it wins over the feed's and imports never change it.
     *
     * @return false when there is no such product
     */
    boolean classify(Sku sku, HsCode hsCode, String classifiedBy, java.time.Instant now);

    /** An operator's country of origin for a product; it wins over the feed's. @return false when there is no such product */
    boolean setOrigin(Sku sku, io.kuajing.kernel.CountryCode origin, String by, java.time.Instant now);

    /** Writes the keys of the texts consumers search by (title, brand), for products imported before they were kept. */
    void keepSearchKeys(Collection<Product> products);
}
