package io.kuajing.plugin;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * What the host lends a plugin. A plugin reaches the outside world only through it: the network through
 * {@link #http()} (so the host can time calls out, and tests can replay them), files through its settings.
 */
public interface PluginContext {

    /** The plugin's settings, from the host configuration {@code kuajing.plugins.settings.<plugin-id>.*}. */
    Map<String, String> settings();

    default Optional<String> setting(String key) {
        return Optional.ofNullable(settings().get(key));
    }

    /** The host's HTTP client for this plugin. */
    HttpTransport http();

    Clock clock();

    /** A folder the plugin may write to (its own, kept across restarts). */
    Path workDirectory();
}
