package io.kuajing.app.plugins;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.kuajing.plugin.Capability;
import io.kuajing.plugin.CarrierPlugin;
import io.kuajing.plugin.Plugin;

/** The SPIs the host knows, and the capabilities a plugin of each kind may declare. */
record PluginKind(String name, Class<? extends Plugin> spi, Set<Capability> capabilities) {

    static final List<PluginKind> ALL = List.of(
            new PluginKind("carrier", CarrierPlugin.class, EnumSet.of(Capability.RATE, Capability.SHIP,
                    Capability.CANCEL, Capability.TRACK, Capability.PICKUP, Capability.CUSTOMS_FILING)));
}
