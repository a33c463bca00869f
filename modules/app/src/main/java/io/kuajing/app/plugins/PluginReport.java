package io.kuajing.app.plugins;

import java.util.List;

import io.micronaut.serde.annotation.Serdeable;

/**
 * What happened to one plugin found in the plugin folder: LOADED with its identity and capabilities, or FAILED
 * with the reason (the source is the JAR or folder name, so an operator knows what to fix).
 */
@Serdeable
public record PluginReport(String source, Status status, String kind, String id, String name, String version,
                           Integer spiVersion, List<String> capabilities, String problem) {

    public enum Status { LOADED, FAILED }

    static PluginReport failed(String source, String kind, String problem) {
        return new PluginReport(source, Status.FAILED, kind, null, null, null, null, List.of(), problem);
    }
}
