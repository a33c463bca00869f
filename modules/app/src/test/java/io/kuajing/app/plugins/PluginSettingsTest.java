package io.kuajing.app.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Plugins declare their settings and the host holds them to it before start: a required one missing, or one not of
 * its type, leaves the plugin FAILED at start with that reason; given as environment variables (the way operators
 * give secrets), each setting reaches the plugin once, under its declared name. Real JARs, a real Micronaut
 * environment with an environment-variable property source.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PluginSettingsTest {

    private static final String SPI = "io.kuajing.plugin.CarrierPlugin";
    private static final String DECLARING = "new PluginDescriptor(\"%s\", \"Declaring\", \"1.0.0\", SpiVersion.CURRENT, "
            + "Set.of(Capability.RATE)).withSettings("
            + "PluginSetting.secret(\"api-key\", \"the key\"), "
            + "PluginSetting.optional(\"base-url\", PluginSetting.Type.URL, \"the API\"), "
            + "PluginSetting.optional(\"retries\", PluginSetting.Type.INTEGER, \"how often\"))";
    /** The plugin's start fails unless its settings are exactly the declared names, each once. */
    private static final String EXACTLY_ONCE = """
            if (!context.settings().keySet().equals(java.util.Set.of("api-key", "base-url")))
                throw new IllegalStateException("settings arrived as " + context.settings().keySet());
            """;

    private ApplicationContext context;
    private PluginHost host;

    @BeforeAll
    void loadPlugins() throws IOException {
        Path dir = Files.createTempDirectory("kuajing-plugin-settings");
        jar(dir, "configured.jar", "demo.configured.Configured", "configured");
        jar(dir, "unconfigured.jar", "demo.unconfigured.Unconfigured", "unconfigured");
        jar(dir, "mistyped.jar", "demo.mistyped.Mistyped", "mistyped");
        context = ApplicationContext.builder().environments("plugin-settings-test")
                .propertySources(PropertySource.of("env", Map.<String, Object>of(
                        "KUAJING_PLUGINS_SETTINGS_CONFIGURED_API_KEY", "s3cret",
                        "KUAJING_PLUGINS_SETTINGS_CONFIGURED_BASE_URL", "https://api.example.com",
                        "KUAJING_PLUGINS_SETTINGS_MISTYPED_API_KEY", "s3cret",
                        "KUAJING_PLUGINS_SETTINGS_MISTYPED_RETRIES", "often"), PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE))
                .build();
        Environment environment = context.getEnvironment().start();
        PluginSettings settings = new PluginSettings();
        settings.setDir(dir);
        settings.setWorkDir(dir.resolve("work"));
        host = new PluginHost(settings, environment, Clock.systemUTC());
    }

    @AfterAll
    void close() {
        host.close();
        context.close();
    }

    @Test
    void environmentVariablesArriveOnceUnderTheDeclaredNames() {
        PluginReport configured = bySource().get("configured.jar");
        assertEquals(PluginReport.Status.LOADED, configured.status(), configured.problem());
        assertEquals(List.of("api-key", "base-url", "retries"), configured.settings().stream().map(PluginReport.Setting::name).toList());
        PluginReport.Setting key = configured.settings().get(0);
        assertTrue(key.secret() && key.required() && key.configured(), key.toString());
        assertEquals("KUAJING_PLUGINS_SETTINGS_CONFIGURED_API_KEY", key.environmentVariable());
        assertFalse(configured.toString().contains("s3cret"), "a report never carries a value");
    }

    @Test
    void aMissingRequiredSettingIsFailedAtStartWithItsName() {
        PluginReport unconfigured = bySource().get("unconfigured.jar");
        assertEquals(PluginReport.Status.FAILED, unconfigured.status());
        assertEquals("unconfigured", unconfigured.id(), "the refused plugin still names itself");
        assertEquals("missing required setting api-key (kuajing.plugins.settings.unconfigured.api-key or "
                + "KUAJING_PLUGINS_SETTINGS_UNCONFIGURED_API_KEY)", unconfigured.problem());
        assertEquals(1, host.all(io.kuajing.plugin.CarrierPlugin.class).size(), "only the configured one serves");
    }

    @Test
    void aSettingNotOfItsTypeIsFailedAtStart() {
        PluginReport mistyped = bySource().get("mistyped.jar");
        assertEquals(PluginReport.Status.FAILED, mistyped.status());
        assertEquals("setting retries must be a whole number", mistyped.problem());
    }

    private Map<String, PluginReport> bySource() {
        return host.reports().stream().collect(Collectors.toMap(PluginReport::source, Function.identity()));
    }

    private static void jar(Path dir, String name, String className, String id) throws IOException {
        PluginJars.build(dir, name, Map.of(className, PluginJars.carrier(className, DECLARING.formatted(id),
                id.equals("configured") ? EXACTLY_ONCE : "", "rate")), Map.of(SPI, className));
    }
}
