package io.kuajing.catalog.adapter.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.catalog.domain.Offer;
import io.kuajing.catalog.domain.Product;
import io.kuajing.catalog.domain.Products;
import io.kuajing.catalog.domain.TextField;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Sku;
import jakarta.inject.Singleton;

/** Reading products and offers; an operator's corrections. */
@Singleton
class JdbcProducts implements Products {

    private final ProductRows products;
    private final OfferRows offers;
    private final CatalogWrites writes;

    JdbcProducts(ProductRows products, OfferRows offers, CatalogWrites writes) {
        this.products = products;
        this.offers = offers;
        this.writes = writes;
    }

    @Override
    public Optional<Product> bySku(Sku sku) {
        return products.view(sku.value()).map(ProductView::product);
    }

    @Override
    public List<Offer> offersOf(Sku sku) {
        return offers.ofSkus(List.of(sku.value())).stream().map(OfferRow::offer).toList();
    }

    @Override
    public Map<Sku, List<Offer>> offersOf(Collection<Sku> skus) {
        Map<Sku, List<Offer>> found = new HashMap<>();
        if (skus.isEmpty()) {
            return found;
        }
        offers.ofSkus(values(skus)).forEach(row -> {
            Offer o = row.offer();
            found.computeIfAbsent(o.sku(), s -> new ArrayList<>()).add(o);
        });
        return found;
    }

    @Override
    public List<Product> search(String text, String category, int offset, int limit) {
        return products.search(like(text), category, offset, limit).stream().map(ProductView::product).toList();
    }

    @Override
    public List<Product> bySkus(Collection<Sku> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return products.views(values(skus)).stream().map(ProductView::product).toList();
    }

    @Override
    public List<Product> shop(String text, String category, int offset, int limit) {
        return products.shop(like(text), category, offset, limit).stream().map(ProductView::product).toList();
    }

    @Override
    public List<Product> untranslated(int offset, int limit) {
        return products.untranslated(offset, limit).stream().map(ProductView::product).toList();
    }

    @Override
    public long countUntranslated() {
        return products.countUntranslated();
    }

    @Override
    public boolean setOrigin(Sku sku, CountryCode origin, String by, Instant now) {
        return writes.write(() -> products.update(sku.value(), origin.value(), UtcTime.of(now))) > 0;
    }

    @Override
    public void keepSearchKeys(Collection<Product> found) {
        writes.write(() -> {
            for (Product p : found) {
                var texts = p.texts();
                String title = texts.get(TextField.TITLE).key();
                String brand = texts.containsKey(TextField.BRAND) ? texts.get(TextField.BRAND).key() : null;
                products.keepSearchKeys(p.sku().value(), title, brand, brand == null ? "" : brand);
            }
        });
    }

    @Override
    public boolean classify(Sku sku, HsCode hsCode, String classifiedBy, Instant now) {
        return writes.write(() -> products.update(sku.value(), hsCode.value(), classifiedBy, UtcTime.of(now))) > 0;
    }

    static List<String> values(Collection<Sku> skus) {
        return skus.stream().map(Sku::value).toList();
    }

    private static String like(String text) {
        return text == null || text.isBlank() ? null : "%" + escapeLike(text.strip()) + "%";
    }

    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
