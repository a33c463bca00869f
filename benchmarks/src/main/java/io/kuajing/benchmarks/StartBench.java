package io.kuajing.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * Start to first 200 on /health and resident memory, for the distribution's JAR on its embedded database (a fresh
 * copy of the distribution folder each time, as `java -jar` runs it) against a plain JDK HTTP server started the same
 * way in the same run. RSS is read from /proc after start and after 5,000 /health and 2,000 catalogue listings.
 */
final class StartBench {

    static final int RUNS = Integer.getInteger("bench.runs", 3);
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

    private StartBench() {
    }

    static void run(String distribution) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classes = Path.of(StartBench.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        Table table = new Table("process", "run", "start to first 200 ms", "RSS after start MB", "RSS after load MB");
        for (int run = 1; run <= RUNS; run++) {
            Measured plain = measure(List.of(java, "-cp", classes, PlainServer.class.getName(), "18402"), null, 18402, false);
            table.row("plain JDK HttpServer (baseline)", run, plain.millis, plain.rssAfterStart, plain.rssAfterLoad);
            Path copy = Files.createTempDirectory("kuajing-start");
            copyTree(Path.of(distribution), copy);
            Measured app = measure(List.of(java, "-Dmicronaut.environments=dev", "-jar", "kuajing.jar"), copy, 18401, true);
            table.row("java -jar kuajing.jar (embedded H2)", run, app.millis, app.rssAfterStart, app.rssAfterLoad);
        }
        table.print("start and memory, " + RUNS + " runs each");
    }

    record Measured(long millis, long rssAfterStart, long rssAfterLoad) {
    }

    private static Measured measure(List<String> command, Path dir, int port, boolean kuajing) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("start", ".log").toFile());
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        builder.environment().put("KUAJING_PORT", String.valueOf(port));
        builder.environment().remove("DATASOURCES_DEFAULT_URL");
        builder.environment().remove("DATASOURCES_DEFAULT_USERNAME");
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            URI health = URI.create("http://127.0.0.1:" + port + "/health");
            long deadline = start + Duration.ofSeconds(60).toNanos();
            while (true) {
                if (System.nanoTime() > deadline || !process.isAlive()) {
                    throw new IllegalStateException(command + " gave no 200 on " + health);
                }
                try {
                    if (HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(1)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        break;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(10);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            long afterStart = rssMegabytes(process.pid());
            for (int i = 0; i < 5000; i++) {
                HTTP.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.discarding());
            }
            if (kuajing) {
                URI listing = URI.create("http://127.0.0.1:" + port + "/api/catalog/products?size=20");
                String token = token(port);
                for (int i = 0; i < 2000; i++) {
                    HTTP.send(HttpRequest.newBuilder(listing).header("Authorization", "Bearer " + token).build(),
                            HttpResponse.BodyHandlers.discarding());
                }
            }
            return new Measured(millis, afterStart, rssMegabytes(process.pid()));
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static String token(int port) throws Exception {
        HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"consumer\",\"password\":\"consumer\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return login.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }

    private static long rssMegabytes(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(from)) {
            all = new ArrayList<>(walk.filter(p -> !p.startsWith(from.resolve("data"))).toList());
        }
        Collections.sort(all);
        for (Path p : all) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) {
                Files.createDirectories(target);
            } else {
                Files.copy(p, target);
            }
        }
    }
}
