package io.kuajing.plugin;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a plugin is: a stable id (lower-case letters, digits, dashes), a display name, its own version, the SPI
 * version it was built against, the capabilities it declares and the settings it reads. The host checks each declared
 * capability against what the plugin implements, and each declared setting against the configuration before start.
 */
public record PluginDescriptor(String id, String name, String version, int spiVersion, Set<Capability> capabilities,
                               List<PluginSetting> settings) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    public PluginDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        capabilities = Set.copyOf(Objects.requireNonNull(capabilities, "capabilities"));
        settings = List.copyOf(Objects.requireNonNull(settings, "settings"));
        Set<String> names = new HashSet<>();
        for (PluginSetting setting : settings) {
            if (!names.add(setting.name())) {
                throw new IllegalArgumentException("setting " + setting.name() + " is declared twice");
            }
        }
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("plugin id must match " + ID.pattern() + ": " + id);
        }
    }

    /** A plugin that reads no settings. */
    public PluginDescriptor(String id, String name, String version, int spiVersion, Set<Capability> capabilities) {
        this(id, name, version, spiVersion, capabilities, List.of());
    }

    /** This descriptor with the settings the plugin reads. */
    public PluginDescriptor withSettings(PluginSetting... declared) {
        return new PluginDescriptor(id, name, version, spiVersion, capabilities, List.of(declared));
    }
}
