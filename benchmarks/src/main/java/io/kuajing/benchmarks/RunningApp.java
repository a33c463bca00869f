package io.kuajing.benchmarks;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.catalog.BrowsingCatalog;
import io.kuajing.catalog.CatalogImportRun;
import io.kuajing.catalog.ImportingCatalogues;
import io.kuajing.catalog.ProductSnapshot;
import io.kuajing.customs.BondedBook;
import io.kuajing.customs.BondedEntry;
import io.kuajing.kernel.ChinaTime;
import io.kuajing.kernel.HsCode;
import io.kuajing.sandbox.CarrierSimulators;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;

/**
 * The product as the demo runs it, in this JVM, on the benchmark database: the three carriers' simulators (no added
 * latency), the reference plugin JARs from the built distribution, both sample catalogues imported, the bonded
 * warehouse stocked, and the HTTP server on 127.0.0.1:18400. Run from the repository's root (benchmarks/run does).
 */
final class RunningApp implements AutoCloseable {

    /** 18400 unless {@code bench.port} says otherwise (two benchmarks side by side). */
    static final int PORT = Integer.getInteger("bench.port", 18400);
    static final String BONDED_BOOK = "T3100W000001";

    final CarrierSimulators carriers;
    final ApplicationContext context;
    final URI base;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private RunningApp(CarrierSimulators carriers, ApplicationContext context) {
        this.carriers = carriers;
        this.context = context;
        this.base = URI.create("http://127.0.0.1:" + context.getBean(EmbeddedServer.class).getPort());
    }

    /** The product on a new, empty database {@code database}. */
    static RunningApp start(String database, Map<String, Object> overrides) throws Exception {
        return launch(Database.fresh(database), overrides);
    }

    /** The product again on what an earlier run left in {@code database} (a restart: its pending work is still there). */
    static RunningApp restart(String database, Map<String, Object> overrides) throws Exception {
        return launch(Database.url(database), overrides);
    }

    private static RunningApp launch(String url, Map<String, Object> overrides) throws Exception {
        CarrierSimulators carriers = CarrierSimulators.start(Duration.ofSeconds(2));
        Map<String, Object> properties = new HashMap<>(carriers.settings());
        Path root = Path.of("").toAbsolutePath();
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", Database.USER);
        properties.put("datasources.default.password", Database.PASSWORD);
        properties.put("micronaut.server.port", PORT);
        properties.put("micronaut.server.host", "127.0.0.1");
        properties.put("kuajing.plugins.dir", root.resolve("modules/app/target/kuajing/plugins").toString());
        properties.put("kuajing.plugins.settings.us-spapi-export.feed-dir", root.resolve("config/samples/us-spapi").toString());
        properties.put("kuajing.plugins.settings.jp-csv-export.feed-dir", root.resolve("config/samples/jp-csv").toString());
        properties.put("kuajing.catalog.reference-dir", root.resolve("config/catalog").toString());
        properties.put("kuajing.customs.reference-data", root.resolve("config/customs").toString());
        properties.put("kuajing.customs.single-window.sandbox-delay", "0ms");
        // Signed tokens, as Kuajing.main signs them (a random secret when none is set): without a secret Micronaut
        // issues and accepts unsigned ones, and the benchmark would skip the HMAC every production request pays.
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret", randomSecret());
        properties.putAll(overrides);
        ApplicationContext context = Micronaut.build(new String[0]).environments("dev").properties(properties)
                .banner(false).start();
        return new RunningApp(carriers, context);
    }

    private static String randomSecret() {
        byte[] random = new byte[48];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    /** Both sample catalogues imported, 1,000,000 units of every bonded product in the book; the products with a price. */
    List<ProductSnapshot> seed() throws InterruptedException {
        ImportingCatalogues imports = context.getBean(ImportingCatalogues.class);
        for (String marketplace : List.of("us-spapi-export", "jp-csv-export")) {
            CatalogImportRun run = imports.start(marketplace, "benchmark");
            while (!List.of("COMPLETED", "FAILED").contains(run.status())) {
                Thread.sleep(100);
                run = imports.run(run.id()).orElseThrow();
            }
        }
        List<ProductSnapshot> products = new ArrayList<>();
        BrowsingCatalog catalog = context.getBean(BrowsingCatalog.class);
        for (int page = 0; ; page++) {
            List<ProductSnapshot> batch = catalog.search(null, null, page, 100, ChinaTime.today(java.time.Clock.systemUTC()));
            products.addAll(batch.stream().filter(p -> !p.prices().isEmpty()).toList());
            if (batch.size() < 100) {
                break;
            }
        }
        List<BondedEntry.Item> items = products.stream()
                .filter(p -> p.hsCode() != null && p.prices().stream().anyMatch(l -> l.mode().name().equals("FLASH_PURCHASE")))
                .map(p -> new BondedEntry.Item(p.sku().value(), HsCode.of(p.hsCode()), p.title(), new BigDecimal("1000000")))
                .toList();
        context.getBean(BondedBook.class).recordEntry(new BondedEntry(BONDED_BOOK, "BENCH-ENTRY-1", items));
        return products;
    }

    /** A bearer token of the dev environment's user (consumer, operator). */
    String token(String user) throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + user + "\",\"password\":\"" + user + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return login.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }

    @Override
    public void close() {
        context.close();
        carriers.close();
    }
}
