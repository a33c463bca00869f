package io.kuajing.plugin;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One setting a plugin declares in its {@link PluginDescriptor}: its name (the key under
 * {@code kuajing.plugins.settings.<plugin-id>.}), its type, whether the plugin cannot work without it, and whether it
 * is a secret (a credential: never shown, never logged). The host checks every declared setting before
 * {@link Plugin#start}: a required one missing, or a value not of its type, leaves the plugin FAILED with that
 * reason at start instead of failing at its first call. The plugin's {@link PluginContext#settings()} holds exactly
 * its declared settings, each once.
 */
public record PluginSetting(String name, Type type, boolean required, boolean secret, String description) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** What a value must look like; checked by the host before the plugin starts. */
    public enum Type {
        STRING, INTEGER, BOOLEAN, DURATION, URL, PATH;

        /** Why {@code value} is not of this type, or empty when it is. */
        public Optional<String> problem(String value) {
            try {
                switch (this) {
                    case INTEGER -> Long.parseLong(value.strip());
                    case BOOLEAN -> {
                        if (!value.strip().equalsIgnoreCase("true") && !value.strip().equalsIgnoreCase("false")) {
                            return Optional.of("must be true or false");
                        }
                    }
                    case DURATION -> Duration.parse(value.strip().startsWith("P") ? value.strip() : "PT" + value.strip());
                    case URL -> {
                        URI uri = URI.create(value.strip());
                        if (uri.getScheme() == null || uri.getHost() == null) {
                            return Optional.of("must be an absolute URL such as https://api.example.com");
                        }
                    }
                    default -> {
                    }
                }
                return Optional.empty();
            } catch (RuntimeException e) {
                return Optional.of("must be " + switch (this) {
                    case INTEGER -> "a whole number";
                    case DURATION -> "a duration such as 15s, 2m or PT1H";
                    default -> "a valid " + name().toLowerCase();
                });
            }
        }
    }

    public PluginSetting {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        description = description == null ? "" : description;
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a setting name is lower-case words joined by dashes (kebab-case), "
                    + "so one name works in YAML and as an environment variable: " + name);
        }
    }

    /** A setting the plugin cannot work without. */
    public static PluginSetting required(String name, Type type, String description) {
        return new PluginSetting(name, type, true, false, description);
    }

    /** A setting with a default the plugin applies itself. */
    public static PluginSetting optional(String name, Type type, String description) {
        return new PluginSetting(name, type, false, false, description);
    }

    /** A required credential: never shown by the host, never logged. */
    public static PluginSetting secret(String name, String description) {
        return new PluginSetting(name, Type.STRING, true, true, description);
    }

    /** The environment variable an operator sets it with, e.g. {@code KUAJING_PLUGINS_SETTINGS_AEROLINK_API_KEY}. */
    public String environmentVariable(String pluginId) {
        return ("KUAJING_PLUGINS_SETTINGS_" + pluginId + "_" + name).toUpperCase().replace('-', '_');
    }
}
