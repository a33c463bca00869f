package io.kuajing.plugin;

/**
 * What every plugin is. The host creates the plugin through ServiceLoader (public no-argument constructor, no
 * I/O), reads its {@link #descriptor()}, validates it, and then calls {@link #start(PluginContext)} once before
 * any operation.
 */
public interface Plugin {

    /** Who this plugin is and what it declares it can do. Cheap and side-effect free. */
    PluginDescriptor descriptor();

    /** Receives what the host lends the plugin: its settings, an HTTP transport, a clock. */
    default void start(PluginContext context) {
    }
}
