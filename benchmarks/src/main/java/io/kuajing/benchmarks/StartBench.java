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
import java.util.Arrays;
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
    /** The app listens here and the baseline one port above (two benchmarks side by side pick their own). */
    static final int PORT = Integer.getInteger("bench.start-port", 18401);
    /**
     * {@code bench.launcher=script}: the app starts as README recommends, {@code sh kuajing.sh} (with bench.app-opts as
     * JAVA_OPTS), measured on its second start in each copy (the first, under the same load, records the class-data
     * archive), on a fresh database each.
     */
    static final boolean SCRIPT = "script".equals(System.getProperty("bench.launcher"));
    /** JVM options of the app's process (flags to compare, e.g. a CDS archive); none by default, as README's first command. */
    static final List<String> APP_OPTS = Arrays.stream(System.getProperty("bench.app-opts", "").split(" "))
            .filter(o -> !o.isBlank()).toList();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();

    private StartBench() {
    }

    static void run(String distribution) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classes = Path.of(StartBench.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        Table table = new Table("process", "run", "start to first 200 ms", "RSS after start MB", "RSS after load MB");
        for (int run = 1; run <= RUNS; run++) {
            int plainPort = PORT + 1;
            // TCP_NODELAY: without it each answer (headers and body written apart) waits out the client's delayed ACK,
            // and the 5,000 requests of the load took three minutes of an idle process.
            Measured plain = measure(List.of(java, "-Dsun.net.httpserver.nodelay=true", "-cp", classes,
                    PlainServer.class.getName(), String.valueOf(plainPort)), "", null, plainPort, false);
            table.row("plain JDK HttpServer (baseline)", run, plain.millis, plain.rssAfterStart, plain.rssAfterLoad);
            Path copy = Files.createTempDirectory("kuajing-start");
            copyTree(Path.of(distribution), copy);
            List<String> options = new ArrayList<>(APP_OPTS);
            options.add("-Dmicronaut.environments=dev");
            List<String> command = new ArrayList<>();
            String javaOpts = SCRIPT ? String.join(" ", options) : "";
            if (SCRIPT) {
                command.addAll(List.of("sh", "kuajing.sh"));
                measure(command, javaOpts, copy, PORT, true);
                deleteTree(copy.resolve("data"));
            } else {
                command.add(java);
                command.addAll(options);
                command.addAll(List.of("-jar", "kuajing.jar"));
            }
            Measured app = measure(command, javaOpts, copy, PORT, true);
            String label = SCRIPT ? "JAVA_OPTS='" + javaOpts + "' sh kuajing.sh"
                    : String.join(" ", command).replace(java, "java");
            table.row(label + " (embedded H2)", run, app.millis, app.rssAfterStart, app.rssAfterLoad);
        }
        table.print("start and memory, " + RUNS + " runs each");
    }

    record Measured(long millis, long rssAfterStart, long rssAfterLoad) {
    }

    private static Measured measure(List<String> command, String javaOpts, Path dir, int port, boolean kuajing)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(Files.createTempFile("start", ".log").toFile());
        if (dir != null) {
            builder.directory(dir.toFile());
        }
        builder.environment().put("KUAJING_PORT", String.valueOf(port));
        builder.environment().put("JAVA_OPTS", javaOpts);
        builder.environment().remove("DATASOURCES_DEFAULT_URL");
        builder.environment().remove("DATASOURCES_DEFAULT_USERNAME");
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            URI health = URI.create("http://127.0.0.1:" + port + "/health");
            // Bounded, yet long enough for a start on a machine other sessions load (85 s seen at a load average of 20).
            long deadline = start + Duration.ofSeconds(180).toNanos();
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

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
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
