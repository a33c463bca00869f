package io.kuajing.app.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.kuajing.platform.Roles;
import org.junit.jupiter.api.Test;

/**
 * The app as operators run it — its own JVM, the embedded H2 database in a fresh folder — stopped with SIGTERM
 * while several clients keep calling a route that reads the database. No caller may get a 5xx: a request either
 * completes or is refused at the connection (or with 503) before the app accepted it.
 */
class GracefulStopTest {

    private static final String SECRET = "graceful-stop-test-secret-long-enough-for-hs256-0123456789";
    private static final int CLIENTS = 6;

    @Test
    void aStopUnderLoadGivesNoServerErrors() throws Exception {
        Path home = Files.createTempDirectory(Path.of("target"), "graceful-stop");
        int port = freePort();
        Process app = start(home, port);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String token = "Bearer " + token();
        try {
            awaitUp(http, port, app);
            Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
            AtomicInteger refused = new AtomicInteger();
            AtomicBoolean stopping = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                clients.submit(() -> {
                    int refusedInARow = 0;
                    // Until the app is gone: a few refusals in a row once the stop began.
                    while (refusedInARow < 3) {
                        try {
                            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                            URI.create("http://127.0.0.1:" + port + "/api/catalog/products?size=5"))
                                    .header("Authorization", token).timeout(Duration.ofSeconds(10)).build(),
                                    HttpResponse.BodyHandlers.ofString());
                            statuses.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                            refusedInARow = 0;
                        } catch (IOException connection) {
                            refused.incrementAndGet();
                            refusedInARow += stopping.get() ? 1 : 0;
                        }
                    }
                    return null;
                });
            }
            // Stop only once the app is serving under load (a busy machine may take more than a moment to warm up).
            Instant serving = Instant.now().plusSeconds(30);
            while (statuses.getOrDefault(200, new AtomicInteger()).get() <= CLIENTS * 2 && Instant.now().isBefore(serving)) {
                Thread.sleep(100);
            }
            stopping.set(true);
            app.destroy(); // SIGTERM, as a service manager stops it
            assertTrue(app.waitFor(60, TimeUnit.SECONDS), "the app stopped within its grace period");
            clients.shutdown();
            assertTrue(clients.awaitTermination(30, TimeUnit.SECONDS), "every client got an answer or a refusal");

            int served = statuses.getOrDefault(200, new AtomicInteger()).get();
            List<Integer> serverErrors = new ArrayList<>(statuses.keySet().stream().filter(s -> s >= 500 && s != 503).toList());
            assertTrue(served > CLIENTS, "requests were served before the stop: " + statuses);
            assertEquals(List.of(), serverErrors, "no 5xx during the stop: " + statuses + ", refused " + refused);
            assertEquals(0, app.exitValue() == 143 ? 0 : app.exitValue(), "exit status " + app.exitValue());
            String log = Files.readString(home.resolve("app.log"));
            assertTrue(!log.contains(" ERROR "), "no error logged while stopping:\n" + log);
        } finally {
            app.destroyForcibly();
        }
    }

    private static Process start(Path home, int port) throws IOException {
        Path config = Path.of("../../config").toAbsolutePath().normalize();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dkuajing.catalog.reference-dir=" + config.resolve("catalog"),
                "-Dkuajing.customs.reference-data=" + config.resolve("customs"),
                // README's run command: customs' registrations come with the dev environment.
                "-Dmicronaut.environments=dev",
                "io.kuajing.app.Kuajing");
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(home.resolve("app.log").toFile());
        // The embedded database, not the test server the surrounding build points tests at.
        builder.environment().keySet().removeIf(name -> name.startsWith("DATASOURCES_"));
        builder.environment().put("KUAJING_PORT", String.valueOf(port));
        builder.environment().put("KUAJING_JWT_SECRET", SECRET);
        return builder.start();
    }

    private static void awaitUp(HttpClient http, int port, Process app) throws Exception {
        Instant deadline = Instant.now().plusSeconds(90);
        while (Instant.now().isBefore(deadline)) {
            assertTrue(app.isAlive(), "the app died while starting");
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the app did not answer /health within 90 s");
    }

    private static String token() throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), new JWTClaimsSet.Builder().subject("load")
                .claim("roles", List.of(Roles.CONSUMER)).expirationTime(Date.from(Instant.now().plusSeconds(600))).build());
        jwt.sign(new MACSigner(SECRET));
        return jwt.serialize();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
