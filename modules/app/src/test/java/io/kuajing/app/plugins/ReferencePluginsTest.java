package io.kuajing.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.kuajing.platform.Extensions;
import io.kuajing.platform.testing.WithTestDatabase;
import io.kuajing.plugin.CarrierPlugin;
import io.kuajing.plugin.marketplace.MarketplacePlugin;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The reference plugins as shipped: the JARs the build put into the distribution's plugin folder load at run time,
 * each in its own class loader, with the capabilities they implement.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferencePluginsTest implements WithTestDatabase {

    static final Path SHIPPED = Path.of("target", "kuajing", "plugins");

    @Inject
    PluginHost host;

    @Inject
    Extensions extensions;

    @Override
    public Map<String, String> getProperties() {
        assertTrue(Files.isDirectory(SHIPPED), "the build copies the reference plugins to " + SHIPPED.toAbsolutePath());
        Map<String, String> properties = new HashMap<>(WithTestDatabase.super.getProperties());
        properties.put("kuajing.plugins.dir", SHIPPED.toString());
        return properties;
    }

    @Test
    void everyReferencePluginLoadsFromItsJar() {
        var failed = host.reports().stream().filter(r -> r.status() == PluginReport.Status.FAILED).toList();
        assertEquals(java.util.List.of(), failed);
        var carriers = extensions.all(CarrierPlugin.class).stream().map(c -> c.descriptor().id()).sorted().toList();
        assertEquals(java.util.List.of("aerolink", "fengchi-express", "postal-ems"), carriers);
        extensions.all(CarrierPlugin.class).forEach(c ->
                assertTrue(c.getClass().getClassLoader() instanceof PluginClassLoader, c.descriptor().id()));
        var marketplaces = extensions.all(MarketplacePlugin.class).stream().map(m -> m.descriptor().id()).sorted().toList();
        assertEquals(java.util.List.of("cn-mall", "jp-csv-export", "jp-spapi", "us-spapi", "us-spapi-export"), marketplaces);
    }
}
