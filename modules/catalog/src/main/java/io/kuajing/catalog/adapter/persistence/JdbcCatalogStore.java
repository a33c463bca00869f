package io.kuajing.catalog.adapter.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kuajing.catalog.domain.CatalogStore;
import io.kuajing.catalog.domain.KnownState;
import io.kuajing.catalog.domain.Offer;
import io.kuajing.catalog.domain.OfferKey;
import io.kuajing.catalog.domain.PagePlan;
import io.kuajing.catalog.domain.Product;
import io.kuajing.catalog.domain.SourceText;
import io.kuajing.catalog.domain.Warehouse;
import io.kuajing.catalog.domain.WarehouseType;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import io.kuajing.platform.jdbc.MultiRowInsert;
import jakarta.inject.Singleton;

/**
 * The import's side of the catalogue tables, built for bulk: one IN query per table to learn what a page's
 * listings already are, and multi-row {@code INSERT ... ON DUPLICATE KEY UPDATE} statements
 * ({@link MultiRowInsert#insertRows}) to write them. Hand-written JDBC, the one catalog adapter that is not on Micronaut Data
 * JDBC: the import is the hot path where it measured cheaper (ADR 0034).
 */
@Singleton
class JdbcCatalogStore implements CatalogStore {

    static final String PRODUCT_COLUMNS = "sku, identity_key, source_marketplace, source_ref, title, description, "
            + "language, brand, category, gtin, hs_code, weight_grams, content_hash, created_at, updated_at, "
            + "title_key, brand_key, origin, translation_due";
    static final String PRODUCT_UPDATE = " ON DUPLICATE KEY UPDATE source_marketplace = VALUES(source_marketplace), "
            + "source_ref = VALUES(source_ref), title = VALUES(title), description = VALUES(description), "
            + "language = VALUES(language), brand = VALUES(brand), category = VALUES(category), gtin = VALUES(gtin), "
            + "hs_code = VALUES(hs_code), weight_grams = VALUES(weight_grams), content_hash = VALUES(content_hash), "
            + "updated_at = VALUES(updated_at), title_key = VALUES(title_key), brand_key = VALUES(brand_key), "
            + "origin = VALUES(origin), translation_due = VALUES(translation_due)";
    static final String OFFER_COLUMNS = "marketplace, external_ref, seller_id, warehouse_code, sku, seller_name, "
            + "price_amount, price_currency, stock, warehouse_country, warehouse_type, created_at, updated_at";
    static final String OFFER_UPDATE = " ON DUPLICATE KEY UPDATE sku = VALUES(sku), seller_name = VALUES(seller_name), "
            + "price_amount = VALUES(price_amount), price_currency = VALUES(price_currency), stock = VALUES(stock), "
            + "warehouse_country = VALUES(warehouse_country), warehouse_type = VALUES(warehouse_type), "
            + "updated_at = VALUES(updated_at)";

    private static final String OFFER_READ_COLUMNS = "marketplace, external_ref, seller_id, warehouse_code, sku, "
            + "seller_name, price_amount, price_currency, stock, warehouse_country, warehouse_type";

    private final Jdbc jdbc;

    JdbcCatalogStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public KnownState known(String marketplace, Collection<String> identityKeys, Collection<String> externalRefs) {
        return jdbc.read(connection -> new KnownState(products(connection, identityKeys),
                offers(connection, marketplace, externalRefs)));
    }

    @Override
    public Set<OfferKey> inStockOfferKeys(String marketplace) {
        return new HashSet<>(jdbc.query("SELECT external_ref, seller_id, warehouse_code FROM catalog_offer"
                        + " WHERE marketplace = ? AND stock > 0",
                rs -> new OfferKey(marketplace, rs.getString(1), rs.getString(2), rs.getString(3)), marketplace));
    }

    @Override
    public void write(PagePlan plan, Instant now) {
        String at = UtcTime.text(now);
        jdbc.write(connection -> {
            MultiRowInsert.insertRows(connection, "INSERT INTO catalog_product (" + PRODUCT_COLUMNS + ") VALUES ", 19, PRODUCT_UPDATE,
                    plan.products(), (ps, i, p) -> {
                        ps.setString(i++, p.sku().value());
                        ps.setString(i++, p.identity().key());
                        ps.setString(i++, p.source());
                        ps.setString(i++, p.sourceRef());
                        ps.setString(i++, p.title());
                        ps.setString(i++, p.description());
                        ps.setString(i++, p.language());
                        ps.setString(i++, p.brand());
                        ps.setString(i++, p.category());
                        ps.setString(i++, p.gtin());
                        ps.setString(i++, p.hsCode() == null ? null : p.hsCode().value());
                        ps.setObject(i++, p.weightGrams());
                        ps.setString(i++, p.contentHash());
                        ps.setString(i++, at);
                        ps.setString(i++, at);
                        // Every product an import writes is new or changed: the translation worker looks at its texts.
                        // Only the keys search joins on: the worker works out the other texts.
                        ps.setString(i++, SourceText.keyOf(p.title(), p.language()));
                        ps.setString(i++, p.brand() == null || p.brand().isBlank() ? null
                                : SourceText.keyOf(p.brand().strip(), p.language()));
                        ps.setString(i++, p.origin() == null ? null : p.origin().value());
                        ps.setString(i++, at);
                        return i;
                    });
            MultiRowInsert.insertRows(connection, "INSERT INTO catalog_offer (" + OFFER_COLUMNS + ") VALUES ", 13, OFFER_UPDATE,
                    plan.offers(), (ps, i, o) -> {
                        ps.setString(i++, o.key().marketplace());
                        ps.setString(i++, o.key().externalRef());
                        ps.setString(i++, o.key().sellerId());
                        ps.setString(i++, o.key().warehouseCode());
                        ps.setString(i++, o.sku().value());
                        ps.setString(i++, o.sellerName());
                        ps.setBigDecimal(i++, o.price().amount());
                        ps.setString(i++, o.price().currency().getCurrencyCode());
                        ps.setInt(i++, o.stock());
                        ps.setString(i++, o.warehouse().country().value());
                        ps.setString(i++, o.warehouse().type().name());
                        ps.setString(i++, at);
                        ps.setString(i++, at);
                        return i;
                    });
            return null;
        });
    }

    private static Map<String, KnownState.KnownProduct> products(Connection connection, Collection<String> keys)
            throws SQLException {
        Map<String, KnownState.KnownProduct> known = new HashMap<>();
        for (List<String> chunk : chunks(keys)) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT identity_key, sku, source_marketplace, "
                    + "source_ref, content_hash FROM catalog_product WHERE identity_key IN (" + MultiRowInsert.placeholders(chunk.size()) + ")")) {
                Jdbc.bind(ps, chunk.toArray());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        known.put(rs.getString(1), new KnownState.KnownProduct(new Sku(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5)));
                    }
                }
            }
        }
        return known;
    }

    private static Map<OfferKey, Offer> offers(Connection connection, String marketplace, Collection<String> refs)
            throws SQLException {
        Map<OfferKey, Offer> known = new HashMap<>();
        for (List<String> chunk : chunks(refs)) {
            try (PreparedStatement ps = connection.prepareStatement("SELECT " + OFFER_READ_COLUMNS
                    + " FROM catalog_offer WHERE marketplace = ? AND external_ref IN (" + MultiRowInsert.placeholders(chunk.size()) + ")")) {
                ps.setString(1, marketplace);
                for (int i = 0; i < chunk.size(); i++) {
                    ps.setString(i + 2, chunk.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Offer offer = offer(rs);
                        known.put(offer.key(), offer);
                    }
                }
            }
        }
        return known;
    }

    private static Offer offer(ResultSet rs) throws SQLException {
        return new Offer(new OfferKey(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                new Sku(rs.getString(5)), rs.getString(6),
                new Money(rs.getBigDecimal(7), Currency.getInstance(rs.getString(8))), rs.getInt(9),
                new Warehouse(rs.getString(4), CountryCode.of(rs.getString(10)), WarehouseType.valueOf(rs.getString(11))));
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> distinct = List.copyOf(new java.util.LinkedHashSet<>(values));
        List<List<String>> chunks = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += 1000) {
            chunks.add(distinct.subList(from, Math.min(distinct.size(), from + 1000)));
        }
        return chunks;
    }
}
