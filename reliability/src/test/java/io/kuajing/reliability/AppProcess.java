package io.kuajing.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The built JAR ({@code modules/app/target/kuajing/kuajing.jar}, config and plugins beside it) run as a child
 * process, as an operator runs it: settings as -D properties, its output in a log file. {@link #kill} is SIGKILL
 * (kill -9): no shutdown hook, no graceful stop.
 */
final class AppProcess implements AutoCloseable {

    static final Path DISTRIBUTION = Path.of(System.getProperty("kuajing.distribution", "target/kuajing")).toAbsolutePath();

    private final String name;
    private final int port;
    private final Map<String, String> properties;
    private final Path log;
    private Process process;
    private int starts;

    AppProcess(String name, int port, Map<String, String> properties, Path logs) {
        this.name = name;
        this.port = port;
        this.properties = properties;
        this.log = logs.resolve(name + ".log");
    }

    /** Starts the JAR and waits until it answers /health UP. */
    AppProcess start(Duration within) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1", "-Dmicronaut.server.port=" + port));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.addAll(List.of("-jar", DISTRIBUTION.resolve("kuajing.jar").toString()));
        Files.createDirectories(log.getParent());
        process = new ProcessBuilder(command).directory(DISTRIBUTION.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        starts++;
        Instant deadline = Instant.now().plus(within);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(base().resolve("/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("UP")) {
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " did not answer /health within " + within + "; see " + log);
    }

    /** kill -9. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + port);
    }

    int starts() {
        return starts;
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }
}
