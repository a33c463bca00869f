package io.kuajing.plugin;

import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a plugin is: a stable id (lower-case letters, digits, dashes), a display name, its own version, the SPI
 * version it was built against, and the capabilities it declares. The host checks each declared capability
 * against what the plugin implements.
 */
public record PluginDescriptor(String id, String name, String version, int spiVersion, Set<Capability> capabilities) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");

    public PluginDescriptor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        capabilities = Set.copyOf(Objects.requireNonNull(capabilities, "capabilities"));
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("plugin id must match " + ID.pattern() + ": " + id);
        }
    }
}
