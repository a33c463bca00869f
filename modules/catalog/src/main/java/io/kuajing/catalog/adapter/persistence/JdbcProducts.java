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
import io.kuajing.catalog.domain.TextField;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Sku;
import jakarta.inject.Singleton;

/** Reading products and offers. */
@Singleton
class JdbcProducts implements Products {

    private static final String COLUMNS = "p.sku, p.identity_key, p.source_marketplace, p.source_ref, p.title, p.description, "
            + "p.language, p.brand, p.category, p.gtin, COALESCE(p.hs_code_override, p.hs_code), p.weight_grams, "
            + "COALESCE(p.origin_override, p.origin)";

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
        String pattern = like(text);
        return jdbc.query("SELECT " + COLUMNS + " FROM catalog_product p LEFT JOIN catalog_tm tt ON tt.source_key = p.title_key"
                        + " LEFT JOIN catalog_tm tb ON tb.source_key = p.brand_key"
                        + " WHERE (? IS NULL OR tt.approved_text LIKE ? OR tb.approved_text LIKE ? OR p.title LIKE ? OR p.brand LIKE ?)"
                        + " AND (? IS NULL OR p.category = ?) ORDER BY p.sku LIMIT ? OFFSET ?",
                JdbcProducts::product, pattern, pattern, pattern, pattern, pattern, category, category, limit, offset);
    }

    @Override
    public List<Product> bySkus(Collection<Sku> skus) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM catalog_product p WHERE p.sku IN (" + Jdbc.placeholders(skus.size())
                + ") ORDER BY p.sku", JdbcProducts::product, skus.stream().map(Sku::value).toArray());
    }

    @Override
    public List<Product> shop(String text, String category, int offset, int limit) {
        String pattern = like(text);
        return jdbc.query("SELECT " + COLUMNS + " FROM catalog_product p"
                        + " JOIN catalog_tm tt ON tt.source_key = p.title_key AND tt.approved_text IS NOT NULL"
                        + " LEFT JOIN catalog_tm tb ON tb.source_key = p.brand_key"
                        + " WHERE (p.brand_key IS NULL OR tb.approved_text IS NOT NULL)"
                        + " AND EXISTS (SELECT 1 FROM catalog_offer o WHERE o.sku = p.sku AND o.stock > 0)"
                        + " AND (? IS NULL OR tt.approved_text LIKE ? OR tb.approved_text LIKE ? OR p.title LIKE ? OR p.brand LIKE ?)"
                        + " AND (? IS NULL OR p.category = ?) ORDER BY p.sku LIMIT ? OFFSET ?",
                JdbcProducts::product, pattern, pattern, pattern, pattern, pattern, category, category, limit, offset);
    }

    private static final String UNTRANSLATED = " FROM catalog_product p LEFT JOIN catalog_tm tt ON tt.source_key = p.title_key"
            + " LEFT JOIN catalog_tm tb ON tb.source_key = p.brand_key"
            + " WHERE tt.approved_text IS NULL OR (p.brand_key IS NOT NULL AND tb.approved_text IS NULL)";

    @Override
    public List<Product> untranslated(int offset, int limit) {
        return jdbc.query("SELECT " + COLUMNS + UNTRANSLATED + " ORDER BY p.sku LIMIT ? OFFSET ?", JdbcProducts::product,
                limit, offset);
    }

    @Override
    public long countUntranslated() {
        return jdbc.query("SELECT COUNT(*)" + UNTRANSLATED, rs -> rs.getLong(1)).get(0);
    }

    @Override
    public boolean setOrigin(Sku sku, CountryCode origin, String by, Instant now) {
        return jdbc.update("UPDATE catalog_product SET origin_override = ?, updated_at = ? WHERE sku = ?",
                origin.value(), now, sku.value()) > 0;
    }

    @Override
    public void keepSearchKeys(Collection<Product> products) {
        jdbc.write(connection -> {
            try (var ps = connection.prepareStatement("UPDATE catalog_product SET title_key = ?, brand_key = ? WHERE sku = ?"
                    + " AND (title_key IS NULL OR title_key <> ? OR COALESCE(brand_key, '') <> ?)")) {
                for (Product p : products) {
                    var texts = p.texts();
                    String title = texts.get(TextField.TITLE).key();
                    String brand = texts.containsKey(TextField.BRAND) ? texts.get(TextField.BRAND).key() : null;
                    ps.setString(1, title);
                    ps.setString(2, brand);
                    ps.setString(3, p.sku().value());
                    ps.setString(4, title);
                    ps.setString(5, brand == null ? "" : brand);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public boolean classify(Sku sku, HsCode hsCode, String classifiedBy, Instant now) {
        return jdbc.update("UPDATE catalog_product SET hs_code_override = ?, classified_by = ?, updated_at = ? WHERE sku = ?",
                hsCode.value(), classifiedBy, now, sku.value()) > 0;
    }

    static Product product(ResultSet rs) throws SQLException {
        String hs = rs.getString(11);
        int weight = rs.getInt(12);
        Integer weightGrams = rs.wasNull() ? null : weight;
        String origin = rs.getString(13);
        return new Product(new Sku(rs.getString(1)), new ProductIdentity(rs.getString(2)), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), hs == null ? null : new HsCode(hs), weightGrams, origin == null ? null : CountryCode.of(origin));
    }

    private static String like(String text) {
        return text == null || text.isBlank() ? null : "%" + escapeLike(text.strip()) + "%";
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
