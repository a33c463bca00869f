package io.kuajing.plugin.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import io.kuajing.plugin.HttpTransport;
import io.kuajing.plugin.PluginContext;

/** What the TCK lends a plugin: the author's settings, a recording transport, a fixed clock and a temporary folder. */
public record TestPluginContext(Map<String, String> settings, HttpTransport http, Clock clock, Path workDirectory)
        implements PluginContext {

    /** The instant every TCK run sees, so golden requests that carry a timestamp stay stable. */
    public static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

    public TestPluginContext {
        settings = Map.copyOf(settings);
    }

    public static TestPluginContext of(Map<String, String> settings, HttpTransport http) {
        try {
            return new TestPluginContext(settings, http, Clock.fixed(NOW, ZoneOffset.UTC),
                    Files.createTempDirectory("kuajing-tck"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
