package io.kuajing.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import io.kuajing.catalog.CatalogImportRun;
import io.kuajing.catalog.ImportingCatalogues;

/**
 * Catalogue import: a Japanese marketplace's CSV export of {@code bench.offers} offers (default 100,000, in the
 * reference JP plugin's format) imported the first time into an empty catalogue, then the same file again
 * (unchanged), against the database's own speed for the same rows: the products and offers the import wrote, read
 * back and inserted into tables of the same shape ({@code CREATE TABLE ... LIKE}) in batches of 1,000, one commit
 * each, from one connection — what a bulk loader with no rules would cost.
 */
final class ImportBench {

    static final String DATABASE = "kuajing_import";
    static final String MARKETPLACE = "jp-csv-export";
    static final int OFFERS = Integer.getInteger("bench.offers", 100_000);
    static final int BATCH = 1_000;

    private ImportBench() {
    }

    static void run() throws Exception {
        Path feed = Files.createTempDirectory("kuajing-import-bench");
        writeFeed(feed.resolve("catalog-bench.csv"), OFFERS);
        try (RunningApp app = RunningApp.start(DATABASE, Map.of("kuajing.plugins.settings." + MARKETPLACE + ".feed-dir",
                feed.toString()))) {
            ImportingCatalogues imports = app.context.getBean(ImportingCatalogues.class);
            Timed first = importOnce(imports);
            Timed again = importOnce(imports);
            Timed raw = plainInserts(List.of("catalog_product", "catalog_offer"));
            new Table("path", "rows", "seconds", "rows per s", "created", "updated", "unchanged", "rejected")
                    .row("plain batched INSERT of the same rows (baseline)", raw.rows, Table.f1(raw.seconds()),
                            Table.f1(raw.perSecond()), "", "", "", "")
                    .row("first import (empty catalogue)", first.rows, Table.f1(first.seconds()), Table.f1(first.perSecond()),
                            first.run.created(), first.run.updated(), first.run.unchanged(), first.run.rejected())
                    .row("same file again (nothing changed)", again.rows, Table.f1(again.seconds()),
                            Table.f1(again.perSecond()), again.run.created(), again.run.updated(), again.run.unchanged(),
                            again.run.rejected())
                    .print(String.format("catalogue import of %d offers: first %.2f, again %.2f of plain inserts "
                                    + "(rows: offers read from the feed; baseline rows: products + offers inserted)", OFFERS,
                            first.perSecond() / raw.perSecond(), again.perSecond() / raw.perSecond()));
        } finally {
            try (var files = Files.walk(feed)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Timed importOnce(ImportingCatalogues imports) throws InterruptedException {
        long began = System.nanoTime();
        CatalogImportRun run = imports.start(MARKETPLACE, "benchmark");
        while (!List.of("COMPLETED", "FAILED").contains(run.status())) {
            Thread.sleep(50);
            run = imports.run(run.id()).orElseThrow();
        }
        if (!"COMPLETED".equals(run.status())) {
            throw new IllegalStateException("import failed: " + run.error());
        }
        return new Timed(run.seen(), System.nanoTime() - began, run);
    }

    /** Reads back what the import wrote and inserts it again into empty tables of the same shape. */
    private static Timed plainInserts(List<String> tables) throws Exception {
        long rows = 0;
        long nanos = 0;
        try (Connection c = Database.connect(DATABASE); Statement s = c.createStatement()) {
            for (String table : tables) {
                s.execute("DROP TABLE IF EXISTS bench_" + table);
                s.execute("CREATE TABLE bench_" + table + " LIKE " + table);
                List<Object[]> read = new java.util.ArrayList<>();
                int columns;
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        read.add(row);
                    }
                }
                String marks = String.join(",", java.util.Collections.nCopies(columns, "?"));
                c.setAutoCommit(false);
                long began = System.nanoTime();
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO bench_" + table + " VALUES (" + marks + ")")) {
                    for (int r = 0; r < read.size(); r++) {
                        for (int i = 0; i < columns; i++) {
                            insert.setObject(i + 1, read.get(r)[i]);
                        }
                        insert.addBatch();
                        if ((r + 1) % BATCH == 0 || r == read.size() - 1) {
                            insert.executeBatch();
                            c.commit();
                        }
                    }
                }
                nanos += System.nanoTime() - began;
                rows += read.size();
                c.setAutoCommit(true);
            }
        }
        return new Timed(rows, nanos, null);
    }

    /** The JP plugin's CSV export (UTF-8 with BOM, its Japanese headers), one offer per product, valid JAN codes. */
    static void writeFeed(Path file, int offers) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("\uFEFF商品コード,JANコード,商品名,ブランド,カテゴリ,商品説明,販売価格,通貨,在庫数,出品者ID,出品者名,"
                    + "出荷元倉庫,倉庫国,保税区分,重量(g),HSコード,原産国\n");
            for (int n = 0; n < offers; n++) {
                String volume = (100 + n % 9 * 50) + "ml";
                out.write("JP-B" + String.format("%07d", n) + "," + jan(n) + ",\"花王 化粧水 しっとり " + n + " " + volume
                        + "\",花王,化粧品,\"花王の化粧水 " + volume + "です。日本国内向け正規品。\",¥" + (980 + n % 50 * 100)
                        + ",JPY," + (5 + n % 40) + ",A3K7LQ2EXAMPLE,Amazon.co.jp,NRT5,JP,通常," + (150 + n % 300)
                        + ",3304990099,JP\n");
            }
        }
    }

    /** A JAN (EAN-13) for product n: prefix 49, then n, then the GS1 check digit. */
    static String jan(int n) {
        String body = "49" + String.format("%010d", n);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return body + (10 - sum % 10) % 10;
    }

    record Timed(long rows, long nanos, CatalogImportRun run) {
        double seconds() {
            return nanos / 1e9;
        }

        double perSecond() {
            return rows / Math.max(1e-9, seconds());
        }
    }
}
