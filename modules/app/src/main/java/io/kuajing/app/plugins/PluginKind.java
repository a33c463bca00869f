package io.kuajing.app.plugins;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.kuajing.plugin.Capability;
import io.kuajing.plugin.CarrierPlugin;
import io.kuajing.plugin.Plugin;
import io.kuajing.plugin.marketplace.MarketplacePlugin;
import io.kuajing.plugin.marketplace.MarketplaceRole;

/**
 * The SPIs the host knows, the capabilities a plugin of each kind may declare, and how to tell which ones a
 * plugin class really implements (it overrides the operation instead of inheriting the UnsupportedOperation).
 */
record PluginKind(String name, Class<? extends Plugin> spi, Set<Capability> capabilities,
                  Function<Class<?>, Set<Capability>> implemented) {

    static final List<PluginKind> ALL = List.of(
            new PluginKind("carrier", CarrierPlugin.class, EnumSet.of(Capability.RATE, Capability.SHIP,
                    Capability.CANCEL, Capability.TRACK, Capability.PICKUP, Capability.CUSTOMS_FILING),
                    type -> CarrierPlugin.implementedCapabilities(type.asSubclass(CarrierPlugin.class))),
            new PluginKind("marketplace", MarketplacePlugin.class, marketplaceCapabilities(),
                    type -> MarketplacePlugin.implementedCapabilities(type.asSubclass(MarketplacePlugin.class))));

    /** A marketplace may be a source, a sales channel or both: the union of what the roles allow. */
    private static Set<Capability> marketplaceCapabilities() {
        Set<Capability> all = EnumSet.noneOf(Capability.class);
        for (MarketplaceRole role : MarketplaceRole.values()) {
            all.addAll(role.capabilities());
        }
        return all;
    }
}
