package io.kuajing.platform.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MySQLContainer;

/**
 * A real MySQL-compatible server for tests, and a fresh empty database on it for every test context.
 *
 * <p>Where the server comes from, in order: the environment ({@code DATASOURCES_DEFAULT_URL}, with
 * {@code DATASOURCES_DEFAULT_USERNAME} / {@code DATASOURCES_DEFAULT_PASSWORD}); else one shared Testcontainers
 * MySQL 8.4 when Docker is running; else the test FAILS, saying how to provide one. Never a silent skip, never
 * an in-memory stand-in: what passes here passes on MySQL.
 */
public final class TestDatabase {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final List<String> CREATED = new CopyOnWriteArrayList<>();
    private static volatile Server server;

    private TestDatabase() {
    }

    /** The server's coordinates: a JDBC URL without parameters, a user and a password. */
    public record Server(String url, String username, String password, String baseName, String parameters) {

        public String urlOf(String database) {
            int slash = url.lastIndexOf('/');
            return url.substring(0, slash + 1) + database + parameters;
        }
    }

    /** Creates a new, empty database and returns the Micronaut properties that point the default data source at it. */
    public static Map<String, String> freshDatabaseProperties() {
        Server s = server();
        String database = s.baseName() + "_t" + ProcessHandle.current().pid() + "_" + SEQUENCE.incrementAndGet();
        execute(s, "DROP DATABASE IF EXISTS " + database, "CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        CREATED.add(database);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("datasources.default.url", s.urlOf(database));
        properties.put("datasources.default.username", s.username());
        properties.put("datasources.default.password", s.password());
        properties.put("datasources.default.dialect", "MYSQL");
        // Many test contexts share one server (default max_connections 151): small pools keep them all in.
        properties.put("datasources.default.maximum-pool-size", "4");
        return properties;
    }

    public static synchronized Server server() {
        if (server == null) {
            server = locate();
            if (!"true".equals(System.getenv("KUAJING_KEEP_TEST_DATABASES"))) {
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreated, "drop-test-databases"));
            }
        }
        return server;
    }

    private static Server locate() {
        String url = System.getenv("DATASOURCES_DEFAULT_URL");
        if (url != null && !url.isBlank()) {
            if (!url.startsWith("jdbc:mysql:") && !url.startsWith("jdbc:mariadb:")) {
                throw new IllegalStateException("DATASOURCES_DEFAULT_URL must point at a MySQL-compatible server for tests, got " + url);
            }
            return parse(url, env("DATASOURCES_DEFAULT_USERNAME", "root"), env("DATASOURCES_DEFAULT_PASSWORD", ""));
        }
        if (dockerAvailable()) {
            MySQLContainer<?> mysql = new MySQLContainer<>("mysql:8.4").withUsername("root").withPassword("kuajing");
            mysql.start();
            return parse(mysql.getJdbcUrl(), "root", "kuajing");
        }
        throw new IllegalStateException("""
                No MySQL-compatible database for the tests.
                Either set DATASOURCES_DEFAULT_URL (and DATASOURCES_DEFAULT_USERNAME / DATASOURCES_DEFAULT_PASSWORD),
                for example: export DATASOURCES_DEFAULT_URL=jdbc:mysql://127.0.0.1:3306/kuajing DATASOURCES_DEFAULT_USERNAME=root
                or start Docker so Testcontainers can run MySQL 8.4. `bash .ci/run` does the first for you.""");
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static Server parse(String url, String username, String password) {
        int query = url.indexOf('?');
        String withoutParameters = query < 0 ? url : url.substring(0, query);
        String parameters = query < 0 ? "" : url.substring(query);
        String base = withoutParameters.substring(withoutParameters.lastIndexOf('/') + 1);
        String safeBase = base.isBlank() ? "kuajing" : base.replaceAll("[^A-Za-z0-9_]", "_");
        return new Server(withoutParameters, username, password, safeBase, parameters);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static void execute(Server s, String... statements) {
        try (Connection c = DriverManager.getConnection(s.url() + s.parameters(), s.username(), s.password());
             Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare a test database on " + s.url() + ": " + e.getMessage(), e);
        }
    }

    private static void dropCreated() {
        for (String database : CREATED) {
            try {
                execute(server, "DROP DATABASE IF EXISTS " + database);
            } catch (RuntimeException ignored) {
                // Best effort at JVM exit; .ci/run starts from a fresh database anyway.
            }
        }
    }
}
