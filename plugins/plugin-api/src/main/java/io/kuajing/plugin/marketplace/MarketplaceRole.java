package io.kuajing.plugin.marketplace;

import java.util.EnumSet;
import java.util.Set;

import io.kuajing.plugin.Capability;

/** What a marketplace is to Kuajing: where it buys ({@link #SOURCE}), where it sells ({@link #CHANNEL}), or both. */
public enum MarketplaceRole {
    /** Kuajing sources goods here: the plugin pages through the catalogue and reports offers. */
    SOURCE(EnumSet.of(Capability.CATALOG, Capability.OFFERS)),
    /** Kuajing sells here: listings, price and stock, channel orders and shipment confirmations. */
    CHANNEL(EnumSet.of(Capability.LISTINGS, Capability.PRICE_STOCK, Capability.CHANNEL_ORDERS,
            Capability.SHIPMENT_CONFIRMATION));

    private final Set<Capability> capabilities;

    MarketplaceRole(Set<Capability> capabilities) {
        this.capabilities = capabilities;
    }

    /** The capabilities a plugin in this role may declare; the host refuses others. */
    public Set<Capability> capabilities() {
        return EnumSet.copyOf(capabilities);
    }
}
