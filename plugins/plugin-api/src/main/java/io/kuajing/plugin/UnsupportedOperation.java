package io.kuajing.plugin;

/** The one stable error for an operation a plugin does not implement (it did not declare the capability). */
public final class UnsupportedOperation extends RuntimeException {

    private final Capability capability;

    public UnsupportedOperation(String pluginId, Capability capability) {
        super("plugin " + pluginId + " does not support " + capability);
        this.capability = capability;
    }

    public Capability capability() {
        return capability;
    }
}
