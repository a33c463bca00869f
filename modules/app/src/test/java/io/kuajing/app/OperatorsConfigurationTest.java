package io.kuajing.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** config/application.yml beside the JAR: read over the built-in defaults, and valid once uncommented. */
class OperatorsConfigurationTest {

    private static final Pattern SETTING = Pattern.compile("^#( {2})*[a-z][a-z0-9-]*:");

    @AfterEach
    void forget() {
        System.clearProperty(Kuajing.CONFIG_FILES);
    }

    @Test
    void theFileBesideTheJarIsRead() throws Exception {
        Path distribution = Files.createTempDirectory(Path.of("target"), "distribution");
        Files.createDirectories(distribution.resolve("config"));
        Files.writeString(distribution.resolve("config/application.yml"), "kuajing:\n  operations:\n    metrics-max-age: 7s\n");
        Kuajing.readOperatorsConfiguration(distribution);
        // dev: customs refuses to start without its registrations, which only the dev environment ships.
        try (ApplicationContext context = ApplicationContext.builder().deduceEnvironment(false).environments("dev")
                .properties(Map.of(Kuajing.JWT_SECRET, "a-secret-long-enough-for-hs256-signing-0123456789")).start()) {
            assertEquals("7s", context.getProperty("kuajing.operations.metrics-max-age", String.class).orElse(null));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theShippedFileIsValidYamlOnceUncommented() throws Exception {
        String uncommented = Files.readAllLines(Path.of("../../config/application.yml")).stream()
                // A setting is '#' then its YAML indentation (two spaces a level); prose is '# ' then words.
                .map(line -> SETTING.matcher(line).find() ? line.substring(1) : "")
                .collect(Collectors.joining("\n"));
        Map<String, Object> settings = new Yaml().load(uncommented);
        Map<String, Object> kuajing = (Map<String, Object>) settings.get("kuajing");
        for (String section : new String[] {"operations", "outbox", "plugins", "catalog", "customs", "logistics", "purchase"}) {
            assertInstanceOf(Map.class, kuajing.get(section), section);
        }
        assertEquals("5s", ((Map<String, Object>) kuajing.get("operations")).get("metrics-max-age"));
    }
}
