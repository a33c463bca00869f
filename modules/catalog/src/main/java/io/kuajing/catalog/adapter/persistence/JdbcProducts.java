package io.kuajing.catalog.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kuajing.catalog.domain.Offer;
import io.kuajing.catalog.domain.Product;
import io.kuajing.catalog.domain.ProductIdentity;
import io.kuajing.catalog.domain.Products;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Sku;
import jakarta.inject.Singleton;

/** Reading products and offers. */
@Singleton
class JdbcProducts implements Products {

    private static final String COLUMNS = "p.sku, p.identity_key, p.source_marketplace, p.source_ref, p.title, p.description, "
            + "p.language, p.brand, p.category, p.gtin, COALESCE(p.hs_code_override, p.hs_code), p.weight_grams";

    private final Jdbc jdbc;

    JdbcProducts(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Product> bySku(Sku sku) {
        return jdbc.query("SELECT " + COLUMNS + " FROM catalog_product p WHERE p.sku = ?", JdbcProducts::product, sku.value())
                .stream().findFirst();
    }

    @Override
    public List<Offer> offersOf(Sku sku) {
        return jdbc.query("SELECT " + OfferRows.COLUMNS + " FROM catalog_offer WHERE sku = ?"
                        + " ORDER BY marketplace, external_ref, seller_id, warehouse_code",
                OfferRows::map, sku.value());
    }

    @Override
    public Map<Sku, List<Offer>> offersOf(Collection<Sku> skus) {
        Map<Sku, List<Offer>> offers = new HashMap<>();
        if (skus.isEmpty()) {
            return offers;
        }
        jdbc.query("SELECT " + OfferRows.COLUMNS + " FROM catalog_offer WHERE sku IN (" + Jdbc.placeholders(skus.size())
                        + ") ORDER BY marketplace, external_ref, seller_id, warehouse_code", OfferRows::map, skus.stream().map(Sku::value).toArray())
                .forEach(o -> offers.computeIfAbsent(o.sku(), s -> new ArrayList<>()).add(o));
        return offers;
    }

    @Override
    public List<Product> search(String text, String category, int offset, int limit) {
        String pattern = text == null || text.isBlank() ? null : "%" + escapeLike(text.strip()) + "%";
        return jdbc.query("SELECT " + COLUMNS + " FROM catalog_product p LEFT JOIN catalog_translation t ON t.sku = p.sku"
                        + " WHERE (? IS NULL OR t.title LIKE ? OR p.title LIKE ? OR p.brand LIKE ?)"
                        + " AND (? IS NULL OR p.category = ?) ORDER BY p.sku LIMIT ? OFFSET ?",
                JdbcProducts::product, pattern, pattern, pattern, pattern, category, category, limit, offset);
    }

    @Override
    public List<Product> untranslated(int offset, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM catalog_product p LEFT JOIN catalog_translation t ON t.sku = p.sku"
                + " WHERE t.sku IS NULL ORDER BY p.sku LIMIT ? OFFSET ?", JdbcProducts::product, limit, offset);
    }

    @Override
    public long countUntranslated() {
        return jdbc.query("SELECT COUNT(*) FROM catalog_product p LEFT JOIN catalog_translation t ON t.sku = p.sku"
                + " WHERE t.sku IS NULL", rs -> rs.getLong(1)).get(0);
    }

    @Override
    public boolean classify(Sku sku, HsCode hsCode, String classifiedBy, Instant now) {
        return jdbc.update("UPDATE catalog_product SET hs_code_override = ?, classified_by = ?, updated_at = ? WHERE sku = ?",
                hsCode.value(), classifiedBy, now, sku.value()) > 0;
    }

    static Product product(ResultSet rs) throws SQLException {
        String hs = rs.getString(11);
        int weight = rs.getInt(12);
        return new Product(new Sku(rs.getString(1)), new ProductIdentity(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), hs == null ? null : new HsCode(hs), rs.wasNull() ? null : weight);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
