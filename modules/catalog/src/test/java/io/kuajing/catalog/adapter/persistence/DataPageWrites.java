package io.kuajing.catalog.adapter.persistence;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * The import's page write as Micronaut Data JDBC would do it, for {@link ImportWriteBenchmark} only: the same
 * columns and {@code ON DUPLICATE KEY UPDATE} tails as {@link JdbcCatalogStore}, as batched native {@code @Query}
 * upserts of {@code @MappedEntity} records (their single-row statement run once per row, per table and page).
 */
final class DataPageWrites {

    private DataPageWrites() {
    }

    @MappedEntity("catalog_product")
    record ProductWrite(String sku, String identityKey, String sourceMarketplace, String sourceRef, String title,
                        @Nullable String description, String language, @Nullable String brand, @Nullable String category,
                        @Nullable String gtin, @Nullable String hsCode, @Nullable Integer weightGrams, String contentHash,
                        LocalDateTime createdAt, LocalDateTime updatedAt, String titleKey, @Nullable String brandKey,
                        @Nullable String origin, LocalDateTime translationDue) {
    }

    @MappedEntity("catalog_offer")
    record OfferWrite(String marketplace, String externalRef, String sellerId, String warehouseCode, String sku,
                      @Nullable String sellerName, BigDecimal priceAmount, String priceCurrency, int stock,
                      String warehouseCountry, String warehouseType, LocalDateTime createdAt, LocalDateTime updatedAt) {
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface ProductUpserts extends GenericRepository<ProductWrite, Void> {

        @Query("INSERT INTO catalog_product (" + JdbcCatalogStore.PRODUCT_COLUMNS + ") VALUES (:sku, :identityKey,"
                + " :sourceMarketplace, :sourceRef, :title, :description, :language, :brand, :category, :gtin, :hsCode,"
                + " :weightGrams, :contentHash, :createdAt, :updatedAt, :titleKey, :brandKey, :origin, :translationDue)"
                + JdbcCatalogStore.PRODUCT_UPDATE)
        void upsert(List<ProductWrite> rows);
    }

    @JdbcRepository(dialect = Dialect.MYSQL)
    interface OfferUpserts extends GenericRepository<OfferWrite, Void> {

        @Query("INSERT INTO catalog_offer (" + JdbcCatalogStore.OFFER_COLUMNS + ") VALUES (:marketplace, :externalRef,"
                + " :sellerId, :warehouseCode, :sku, :sellerName, :priceAmount, :priceCurrency, :stock, :warehouseCountry,"
                + " :warehouseType, :createdAt, :updatedAt)" + JdbcCatalogStore.OFFER_UPDATE)
        void upsert(List<OfferWrite> rows);
    }
}
