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

    /**
     * The plugin's settings, from the host configuration {@code kuajing.plugins.settings.<plugin-id>.*} (YAML, system
     * properties or {@code KUAJING_PLUGINS_SETTINGS_<ID>_<NAME>} environment variables): exactly the settings its
     * descriptor declares, each once under its declared name, required ones present and every value of its type. A
     * plugin that declares none gets every key under its prefix.
     */
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
