package io.kuajing.sandbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The HTTP plumbing the three simulated carriers share: a JDK server on 127.0.0.1 and a free port, turning each
 * exchange into a {@link Call} and a {@link Reply} back. Loopback only, because a simulator checks demo
 * credentials and must never be reachable from the network.
 */
final class SimulatorServer implements AutoCloseable {

    /**
     * One request as the service's front door sees it; header names compare case-insensitively, as in HTTP;
     * {@code query} is the raw query string, empty when none.
     */
    record Call(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

        /** The query parameter's values, decoded, in order (a parameter may repeat). */
        List<String> parameters(String name) {
            List<String> values = new ArrayList<>();
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                if (key.equals(name)) {
                    values.add(eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return values;
        }

        String parameter(String name) {
            List<String> values = parameters(name);
            return values.isEmpty() ? null : values.get(0);
        }

        String header(String name) {
            List<String> values = headers.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** What the carrier answers; a null body answers with no content (204). */
    record Reply(int status, String contentType, byte[] body) {

        static Reply text(int status, String contentType, String body) {
            return new Reply(status, contentType, body.getBytes(StandardCharsets.UTF_8));
        }

        static Reply empty(int status) {
            return new Reply(status, null, null);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads;
    private final String name;

    static {
        // The JDK server writes headers and body as two segments; with Nagle on, the body waits for the client's
        // delayed ACK: 44 ms a call on this machine instead of under 1 ms, which throttled the demo's polling of
        // hundreds of parcels. Read once, when the JDK's server configuration loads: only the simulators use it.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private SimulatorServer(String name, HttpServer server, ExecutorService threads) {
        this.name = name;
        this.server = server;
        this.threads = threads;
    }

    /** Starts {@code carrier} on a free loopback port; every call runs on a small pool, so calls overlap like real ones. */
    static SimulatorServer start(String name, Function<Call, Reply> carrier) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "simulated-" + name);
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(threads);
            server.createContext("/", exchange -> serve(exchange, carrier));
            server.start();
            return new SimulatorServer(name, server, threads);
        } catch (IOException e) {
            throw new IllegalStateException("cannot open a loopback port for the simulated " + name, e);
        }
    }

    URI baseUrl() {
        InetSocketAddress address = server.getAddress();
        return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
    }

    private static void serve(HttpExchange exchange, Function<Call, Reply> carrier) throws IOException {
        try (exchange) {
            Reply reply;
            try (InputStream in = exchange.getRequestBody()) {
                Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                headers.putAll(exchange.getRequestHeaders());
                String query = exchange.getRequestURI().getRawQuery();
                reply = carrier.apply(new Call(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                        query == null ? "" : query, headers, in.readAllBytes()));
            } catch (RuntimeException e) {
                // A simulator bug must look like a carrier outage to the plugin, not hang it.
                reply = Reply.text(500, "text/plain; charset=utf-8", "simulator failed: " + e.getClass().getSimpleName());
            }
            if (reply.body() == null) {
                exchange.sendResponseHeaders(reply.status(), -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            exchange.sendResponseHeaders(reply.status(), reply.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(reply.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    @Override
    public String toString() {
        return "simulated " + name + " at " + baseUrl();
    }
}
