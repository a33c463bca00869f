package io.kuajing.app.plugins;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.kuajing.app.TestTokens;
import io.kuajing.platform.Roles;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The console's plugins page over HTTP: the shipped plugin JARs started, with kind, versions, capabilities and their
 * settings (a configured secret masked, its value nowhere on the page), and a JAR that could not load failed with its
 * reason, listed first.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PluginPagesTest implements WithTestDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TokenGenerator tokens;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(WithTestDatabase.super.getProperties());
        properties.put("kuajing.plugins.dir", shippedAndBroken().toString());
        return properties;
    }

    /** The reference plugins as the build ships them, and one file that is not a JAR. */
    private static Path shippedAndBroken() {
        try {
            Path dir = Files.createTempDirectory("kuajing-plugin-pages");
            try (Stream<Path> jars = Files.list(ReferencePluginsTest.SHIPPED)) {
                for (Path jar : jars.toList()) {
                    Files.copy(jar, dir.resolve(jar.getFileName()));
                }
            }
            Files.writeString(dir.resolve("broken.jar"), "not a zip");
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String page() {
        return http.toBlocking().retrieve(HttpRequest.GET("/console/plugins").accept("text/html")
                .header("Authorization", TestTokens.bearer(tokens, "ops", Roles.OPERATOR)));
    }

    @Test
    void theShippedPluginsStartedWithTheirCapabilitiesAndSettingsAndABrokenJarFailedWithItsReason() {
        String html = page();

        assertTrue(html.contains("<h1>插件</h1>") && html.contains("href=\"/console/plugins\">插件</a>"), html);
        assertTrue(html.matches("(?s).*<main>.*data-source=\"broken.jar\" data-status=\"FAILED\">.*<dd class=\"state\">失败</dd>"
                + ".*<dd class=\"problem\">not a readable JAR.*data-source=\"[a-z-]+\\.jar\" data-status=\"LOADED\">.*"), "failures first: " + html);
        String postal = card(html, "postal-ems");
        assertTrue(postal.contains("<dd class=\"state\">已启动</dd>") && postal.contains("<dd class=\"kind\">承运商</dd>"), postal);
        assertTrue(postal.matches("(?s).*<dd class=\"version\">\\d+\\.\\d+\\.\\d+</dd>.*<dd class=\"spi\">\\d+</dd>.*"), postal);
        assertTrue(postal.matches("(?s).*<dd class=\"capabilities\">[A-Z_, ]*RATE[A-Z_, ]*</dd>.*"), postal);
        assertTrue(postal.matches("(?s).*data-name=\"secret-key\"><td>secret-key \\*</td>\\s*<td class=\"value\">••••••</td>"
                + "\\s*<td class=\"muted\">KUAJING_PLUGINS_SETTINGS_POSTAL_EMS_SECRET_KEY</td>.*"), postal);
        assertTrue(postal.matches("(?s).*data-name=\"customer-code\"><td>customer-code \\*</td>\\s*<td class=\"value\">已配置</td>.*"), postal);
        assertFalse(html.contains("test-not-a-real-key") || html.contains("KJTEST1"), "no setting's value reaches the page");
        assertTrue(card(html, "us-spapi-export").contains("<dd class=\"kind\">电商平台</dd>"), html);
    }

    /** The card of one plugin, found by its id heading. */
    private static String card(String html, String id) {
        int start = html.indexOf("<h2>" + id + " ");
        assertTrue(start > 0, id + " is listed: " + html);
        int end = html.indexOf("<div class=\"card plugin\"", start);
        return html.substring(start, end < 0 ? html.length() : end);
    }
}
