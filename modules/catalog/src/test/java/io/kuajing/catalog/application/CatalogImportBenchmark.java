package io.kuajing.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.Collections;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import io.kuajing.catalog.CatalogImportRun;
import io.kuajing.catalog.testing.FakeMarketplace;
import io.kuajing.catalog.testing.Runs;
import io.kuajing.catalog.testing.TestExtensions;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * How long importing 100,000 offers takes against the test database: a first import (all new), the same feed again
 * (all unchanged), and one where every price changed. Not part of the default test run (tag "benchmark"):
 * <pre>
 * export DATASOURCES_DEFAULT_URL=jdbc:mysql://127.0.0.1:3306/kuajing_dev DATASOURCES_DEFAULT_USERNAME=root
 * ./mvnw -o -B verify -pl modules/catalog -Dcatalog.benchmark.skip= -Dgroups=benchmark
 * </pre>
 * Figures go to stdout and target/catalog-import-benchmark.txt. Without event handlers (environment
 * "no-catalog-handlers"), so the outbox stores no rows: see docs/catalog.md for the cost with handlers.
 */
@Tag("benchmark")
@MicronautTest(environments = {"test", "no-catalog-handlers"}, transactional = false)
@Property(name = "kuajing.catalog.import.page-size", value = "2000")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogImportBenchmark implements WithTestDatabase {

    static final int OFFERS = 100_000;

    @Inject
    CatalogImports imports;

    @Inject
    TestExtensions extensions;

    @Inject
    TransactionOperations<Connection> tx;

    @Test
    void import100kOffers() throws IOException {
        FakeMarketplace fake = new FakeMarketplace("bench", OFFERS, 0);
        extensions.register(fake);
        // Warm the JIT and the connection pool on a small marketplace first, as a running app would be.
        FakeMarketplace warm = new FakeMarketplace("bench-warm", 20_000, 0);
        extensions.register(warm);
        imports.importNow("bench-warm", "benchmark");

        long t0 = System.nanoTime();
        CatalogImportRun first = imports.importNow("bench", "benchmark");
        long t1 = System.nanoTime();
        CatalogImportRun again = imports.importNow("bench", "benchmark");
        long t2 = System.nanoTime();
        for (int i = 0; i < OFFERS; i++) {
            fake.price(i, "123.45");
        }
        long t3 = System.nanoTime();
        CatalogImportRun repriced = imports.importNow("bench", "benchmark");
        long t4 = System.nanoTime();

        long calibration = rawInsertMillis(OFFERS);

        long malformedHs = java.util.stream.IntStream.range(0, OFFERS).filter(i -> FakeMarketplace.hsCode(i).equals("12")).count();
        assertEquals(OFFERS - malformedHs, Runs.progress(first).created());
        assertEquals(OFFERS - malformedHs, Runs.progress(again).unchanged());
        assertEquals(OFFERS - malformedHs, Runs.progress(repriced).updated());
        String report = String.format("catalog import of %,d offers (%,d products, %,d rejected rows): first %d ms, "
                        + "same feed again %d ms, every price changed %d ms; this database inserts %,d plain offer-shaped rows in %d ms right now (%s, %d cores,"
                        + " load average %.1f)%n", OFFERS,
                Runs.progress(first).created(), Runs.progress(first).rejected(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t4 - t3) / 1_000_000, OFFERS, calibration, System.getenv("DATASOURCES_DEFAULT_URL"),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.print(report);
        Files.writeString(Path.of("target/catalog-import-benchmark.txt"), report, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    /**
     * The floor on this machine at this moment: the same number of rows shaped like catalog_offer, inserted with the
     * same multi-row statements and nothing else. On a shared machine the import figure means little without it.
     */
    private long rawInsertMillis(int rows) {
        tx.executeWrite(status -> {
            try (Statement st = status.getConnection().createStatement()) {
                st.execute("CREATE TABLE bench_raw LIKE catalog_offer");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        return timedRawInsert(rows);
    }

    private long timedRawInsert(int rows) {
        Timestamp now = new Timestamp(System.currentTimeMillis());
        String tuple = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        long start = System.nanoTime();
        for (int page = 0; page < rows; page += 2000) {
            int first = page;
            tx.executeWrite(status -> {
                for (int from = first; from < first + 2000; from += 500) {
                    try (PreparedStatement ps = status.getConnection().prepareStatement("INSERT INTO bench_raw VALUES "
                            + String.join(", ", Collections.nCopies(500, tuple)))) {
                        int i = 1;
                        for (int r = from; r < from + 500; r++) {
                            ps.setString(i++, "raw");
                            ps.setString(i++, FakeMarketplace.ref(r));
                            ps.setString(i++, "S");
                            ps.setString(i++, "ONT8");
                            ps.setString(i++, "KJ-" + Integer.toHexString(r * 0x9E3779B1));
                            ps.setString(i++, "Fake Seller");
                            ps.setBigDecimal(i++, new BigDecimal("10.99"));
                            ps.setString(i++, "USD");
                            ps.setInt(i++, 10);
                            ps.setString(i++, "US");
                            ps.setString(i++, "OVERSEAS");
                            ps.setTimestamp(i++, now);
                            ps.setTimestamp(i++, now);
                        }
                        ps.executeUpdate();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
                return null;
            });
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
