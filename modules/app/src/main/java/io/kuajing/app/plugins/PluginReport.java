package io.kuajing.app.plugins;

import java.util.List;

import io.kuajing.plugin.PluginDescriptor;
import io.micronaut.serde.annotation.Serdeable;

/**
 * What happened to one plugin found in the plugin folder: LOADED with its identity, capabilities and declared
 * settings, or FAILED with the reason (the source is the JAR or folder name, so an operator knows what to fix; a
 * plugin refused for its settings also names itself and the settings it declares). Secret values are never shown:
 * only whether each setting is configured.
 */
@Serdeable
public record PluginReport(String source, Status status, String kind, String id, String name, String version,
                           Integer spiVersion, List<String> capabilities, List<Setting> settings, String problem) {

    public enum Status { LOADED, FAILED }

    /** A declared setting and whether the configuration gives it a value (never the value). */
    @Serdeable
    public record Setting(String name, String type, boolean required, boolean secret, boolean configured,
                          String environmentVariable) {
    }

    static PluginReport failed(String source, String kind, String problem) {
        return new PluginReport(source, Status.FAILED, kind, null, null, null, null, List.of(), List.of(), problem);
    }

    static PluginReport of(String source, Status status, String kind, PluginDescriptor descriptor,
                           List<Setting> settings, String problem) {
        return new PluginReport(source, status, kind, descriptor.id(), descriptor.name(), descriptor.version(),
                descriptor.spiVersion(), descriptor.capabilities().stream().map(Enum::name).sorted().toList(), settings,
                problem);
    }
}
