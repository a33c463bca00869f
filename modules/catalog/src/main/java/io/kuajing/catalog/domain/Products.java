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

    /** Products without a zh-CN translation, ordered by SKU. */
    List<Product> untranslated(int offset, int limit);

    long countUntranslated();

    /**
     * An operator's HS code for a product; it wins over the feed's and imports never change it.
     *
     * @return false when there is no such product
     */
    boolean classify(Sku sku, HsCode hsCode, String classifiedBy, java.time.Instant now);
}
