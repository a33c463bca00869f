package io.kuajing.catalog.adapter.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.function.ToLongFunction;

import io.kuajing.catalog.adapter.persistence.DataPageWrites.OfferUpserts;
import io.kuajing.catalog.adapter.persistence.DataPageWrites.OfferWrite;
import io.kuajing.catalog.adapter.persistence.DataPageWrites.ProductUpserts;
import io.kuajing.catalog.adapter.persistence.DataPageWrites.ProductWrite;
import io.kuajing.catalog.domain.ImportProgress;
import io.kuajing.catalog.domain.Offer;
import io.kuajing.catalog.domain.OfferKey;
import io.kuajing.catalog.domain.PagePlan;
import io.kuajing.catalog.domain.Product;
import io.kuajing.catalog.domain.ProductIdentity;
import io.kuajing.catalog.domain.SourceText;
import io.kuajing.catalog.domain.Warehouse;
import io.kuajing.catalog.domain.WarehouseType;
import io.kuajing.catalog.testing.Sql;
import io.kuajing.kernel.CountryCode;
import io.kuajing.kernel.HsCode;
import io.kuajing.kernel.Money;
import io.kuajing.kernel.Sku;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The catalogue import's page write, hand-written ({@link JdbcCatalogStore}: multi-row statements of 500 rows) against
 * the same upserts through Micronaut Data JDBC ({@link DataPageWrites}: batched {@code @Query} of one row each),
 * alternating, on the same database: the figure behind ADR 0034. Pages of 2,000 products and 2,000 offers, as the
 * import benchmark's; "first" inserts them into empty tables, "again" writes the same pages once more (every row a
 * duplicate key). Not part of the default test run (tag "benchmark"):
 * <pre>
 * ./mvnw -o -B verify -pl modules/catalog -Dcatalog.benchmark.skip= -Dgroups=benchmark -Dtest=ImportWriteBenchmark
 * </pre>
 * Figures go to stdout and target/import-write-benchmark.txt.
 */
@Tag("benchmark")
@MicronautTest(environments = {"test", "no-catalog-handlers"}, transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportWriteBenchmark implements WithTestDatabase {

    static final int ROWS = Integer.getInteger("bench.import-write.rows", 20_000);
    static final int PAGE = 2_000;
    static final int ROUNDS = 3;

    @Inject
    JdbcCatalogStore store;

    @Inject
    CatalogWrites writes;

    @Inject
    ProductUpserts productUpserts;

    @Inject
    OfferUpserts offerUpserts;

    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void handWrittenAgainstData() throws IOException {
        List<PagePlan> warm = pages(PAGE);
        List<PagePlan> pages = pages(ROWS);
        timed(warm, this::handWritten);
        clear();
        timed(warm, this::data);

        long[][] hand = new long[2][ROUNDS];
        long[][] data = new long[2][ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            // Alternating which goes first, so a burst of load elsewhere does not always fall on the same one.
            if (round % 2 == 0) {
                measure(pages, this::handWritten, hand, round);
                measure(pages, this::data, data, round);
            } else {
                measure(pages, this::data, data, round);
                measure(pages, this::handWritten, hand, round);
            }
        }
        String report = String.format("import page writes of %,d products + %,d offers in pages of %,d (ms, %d rounds):"
                        + " first hand-written %s, Data %s -> Data/hand median %.2f; again hand-written %s, Data %s ->"
                        + " Data/hand median %.2f (load average %.1f)%n", ROWS, ROWS, PAGE, ROUNDS,
                Arrays.toString(hand[0]), Arrays.toString(data[0]), (double) median(data[0]) / median(hand[0]),
                Arrays.toString(hand[1]), Arrays.toString(data[1]), (double) median(data[1]) / median(hand[1]),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.print(report);
        Files.writeString(Path.of("target/import-write-benchmark.txt"), report, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /** "First" into empty tables, then "again" over the rows it wrote. */
    private void measure(List<PagePlan> pages, ToLongFunction<PagePlan> write, long[][] into, int round) {
        clear();
        into[0][round] = timed(pages, write);
        into[1][round] = timed(pages, write);
        assertEquals(ROWS, Sql.count(tx, "SELECT COUNT(*) FROM catalog_product"));
        assertEquals(ROWS, Sql.count(tx, "SELECT COUNT(*) FROM catalog_offer"));
    }

    /** Milliseconds to write every page, each in its own transaction. */
    private long timed(List<PagePlan> pages, ToLongFunction<PagePlan> write) {
        long start = System.nanoTime();
        for (PagePlan page : pages) {
            write.applyAsLong(page);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private long handWritten(PagePlan page) {
        store.write(page, Instant.now());
        return 0;
    }

    private long data(PagePlan page) {
        LocalDateTime at = UtcTime.of(Instant.now());
        writes.write(() -> {
            productUpserts.upsert(page.products().stream().map(p -> new ProductWrite(p.sku().value(), p.identity().key(),
                    p.source(), p.sourceRef(), p.title(), p.description(), p.language(), p.brand(), p.category(), p.gtin(),
                    p.hsCode() == null ? null : p.hsCode().value(), p.weightGrams(), p.contentHash(), at, at,
                    SourceText.keyOf(p.title(), p.language()),
                    p.brand() == null || p.brand().isBlank() ? null : SourceText.keyOf(p.brand().strip(), p.language()),
                    p.origin() == null ? null : p.origin().value(), at)).toList());
            offerUpserts.upsert(page.offers().stream().map(o -> new OfferWrite(o.key().marketplace(), o.key().externalRef(),
                    o.key().sellerId(), o.key().warehouseCode(), o.sku().value(), o.sellerName(), o.price().amount(),
                    o.price().currency().getCurrencyCode(), o.stock(), o.warehouse().country().value(),
                    o.warehouse().type().name(), at, at)).toList());
        });
        return 0;
    }

    private void clear() {
        Sql.update(tx, "DELETE FROM catalog_offer");
        Sql.update(tx, "DELETE FROM catalog_product");
    }

    private static List<PagePlan> pages(int rows) {
        List<PagePlan> pages = new ArrayList<>();
        for (int from = 0; from < rows; from += PAGE) {
            List<Product> products = new ArrayList<>();
            List<Offer> offers = new ArrayList<>();
            for (int i = from; i < Math.min(rows, from + PAGE); i++) {
                String ref = "B" + i;
                Sku sku = new Sku("KJ-B" + i);
                products.add(new Product(sku, ProductIdentity.of("bench", ref, null), "bench", ref, "Bench product " + i,
                        "A description of bench product " + i, "en", "Brand " + (i % 50), "Category " + (i % 20), null,
                        new HsCode("33049900"), 250, CountryCode.of("US")));
                offers.add(new Offer(new OfferKey("bench", ref, "S", "ONT8"), sku, "Bench Seller",
                        new Money(new BigDecimal("10.99"), Currency.getInstance("USD")), 10,
                        new Warehouse("ONT8", CountryCode.of("US"), WarehouseType.OVERSEAS)));
            }
            pages.add(new PagePlan(products, offers, List.of(), List.of(), ImportProgress.NONE));
        }
        return pages;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
