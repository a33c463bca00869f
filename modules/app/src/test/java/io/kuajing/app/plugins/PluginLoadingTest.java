package io.kuajing.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kuajing.app.TestTokens;
import io.kuajing.platform.Extensions;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.plugin.CarrierPlugin;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Real plugin JARs, built by the JDK compiler, dropped into a plugin folder before the app starts: the good one
 * loads in its own class loader with its settings; every broken one is reported with its reason; the app serves.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PluginLoadingTest implements WithTestDatabase {

    private static final String SPI = "io.kuajing.plugin.CarrierPlugin";

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TokenGenerator tokens;

    @Inject
    Extensions extensions;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(WithTestDatabase.super.getProperties());
        properties.put("kuajing.plugins.dir", buildPluginFolder().toString());
        properties.put("kuajing.plugins.settings.demo-air.endpoint", "http://127.0.0.1:1/demo");
        return properties;
    }

    @Test
    void theGoodPluginLoadsInItsOwnClassLoaderWithItsSettings() {
        List<CarrierPlugin> carriers = extensions.all(CarrierPlugin.class);
        assertEquals(1, carriers.size());
        assertEquals("demo-air", carriers.get(0).descriptor().id());
        assertInstanceOf(PluginClassLoader.class, carriers.get(0).getClass().getClassLoader());
    }

    @Test
    void everyBrokenPluginIsReportedWithItsReasonAndTheAppKeepsServing() {
        Map<String, PluginReport> bySource = reports().stream()
                .collect(Collectors.toMap(PluginReport::source, Function.identity()));

        assertEquals(PluginReport.Status.LOADED, bySource.get("a-good-carrier.jar").status());
        assertEquals(List.of("RATE", "TRACK"), bySource.get("a-good-carrier.jar").capabilities());
        assertFailed(bySource, "corrupt.jar", "not a readable JAR");
        assertFailed(bySource, "missing-class.jar", "ServiceConfigurationError");
        assertFailed(bySource, "throwing.jar", "cannot reach the moon");
        assertFailed(bySource, "hanging.jar", "did not start within");
        assertFailed(bySource, "old-spi.jar", "SPI version 99");
        assertFailed(bySource, "wrong-capability.jar", "CATALOG");
        assertFailed(bySource, "z-duplicate.jar", "already taken");
        assertFailed(bySource, "no-services.jar", "no plugin found");
        assertFailed(bySource, "overclaiming.jar", "declares [RATE, SHIP, TRACK] but implements [RATE, TRACK]");
        assertEquals(10, bySource.size());
    }

    private List<PluginReport> reports() {
        return http.toBlocking().retrieve(HttpRequest.GET("/api/plugins")
                        .header("Authorization", TestTokens.bearer(tokens, "admin", Roles.PLUGIN_ADMIN)),
                Argument.listOf(PluginReport.class));
    }

    private static void assertFailed(Map<String, PluginReport> bySource, String source, String reason) {
        PluginReport report = bySource.get(source);
        assertEquals(PluginReport.Status.FAILED, report.status(), source);
        assertTrue(report.problem().contains(reason), source + ": " + report.problem());
    }

    private static Path buildPluginFolder() {
        try {
            Path dir = Files.createTempDirectory("kuajing-plugins");
            String good = "new PluginDescriptor(\"demo-air\", \"Demo Air\", \"1.0.0\", SpiVersion.CURRENT, "
                    + "Set.of(Capability.RATE, Capability.TRACK))";
            // Settings arrive, and host classes (Micronaut) are invisible to the plugin.
            jar(dir, "a-good-carrier.jar", "demo.good.GoodCarrier", good, """
                    if (context.setting("endpoint").isEmpty()) throw new IllegalStateException("no endpoint");
                    try {
                        Class.forName("io.micronaut.context.ApplicationContext", false, getClass().getClassLoader());
                        throw new IllegalStateException("host classes are visible to the plugin");
                    } catch (ClassNotFoundException expected) { }
                    """);
            jar(dir, "throwing.jar", "demo.throwing.ThrowingCarrier", good.replace("demo-air", "thrower"),
                    "throw new IllegalStateException(\"cannot reach the moon\");");
            jar(dir, "hanging.jar", "demo.hanging.HangingCarrier", good.replace("demo-air", "sleeper"),
                    "try { Thread.sleep(60_000); } catch (InterruptedException e) { }");
            jar(dir, "old-spi.jar", "demo.old.OldCarrier", good.replace("demo-air", "old").replace("SpiVersion.CURRENT", "99"), "");
            jar(dir, "wrong-capability.jar", "demo.wrong.WrongCarrier",
                    good.replace("demo-air", "wrong").replace("Capability.TRACK", "Capability.CATALOG"), "");
            jar(dir, "z-duplicate.jar", "demo.dup.DuplicateCarrier", good, "");
            jar(dir, "overclaiming.jar", "demo.over.OverclaimingCarrier",
                    good.replace("demo-air", "overclaimer").replace("Capability.TRACK", "Capability.TRACK, Capability.SHIP"), "");
            PluginJars.build(dir, "missing-class.jar", Map.of(), Map.of(SPI, "demo.missing.NotThere"));
            PluginJars.build(dir, "no-services.jar", Map.of("demo.none.Nothing", "package demo.none; class Nothing {}"), Map.of());
            Files.write(dir.resolve("corrupt.jar"), new byte[] {'P', 'K', 3, 4, 0, 0, 42, 42, 42});
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A carrier implementing rate and track, the capabilities the good descriptor declares. */
    private static void jar(Path dir, String name, String className, String descriptor, String start) throws IOException {
        PluginJars.build(dir, name, Map.of(className, PluginJars.carrier(className, descriptor, start, "rate", "track")),
                Map.of(SPI, className));
    }
}
