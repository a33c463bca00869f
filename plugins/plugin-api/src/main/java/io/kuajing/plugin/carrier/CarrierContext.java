package io.kuajing.plugin.carrier;

import java.util.Objects;

import io.kuajing.plugin.PluginContext;

/**
 * What a carrier plugin keeps of the context the host lends it at start, with the one rule every carrier needs:
 * a required setting that is missing is a typed AUTHENTICATION error, not a crash.
 */
public final class CarrierContext {

    private volatile PluginContext lent;

    /** Called from {@code start}: only remembered, so loading a plugin never touches the network. */
    public void start(PluginContext context) {
        this.lent = Objects.requireNonNull(context, "context");
    }

    /** @throws IllegalStateException when the host has not started the plugin */
    public PluginContext lent() {
        PluginContext context = lent;
        if (context == null) {
            throw new IllegalStateException("plugin not started");
        }
        return context;
    }

    public String required(String key) {
        return lent().setting(key).orElseThrow(() ->
                new CarrierError(CarrierError.Kind.AUTHENTICATION, "setting " + key + " is missing"));
    }
}
