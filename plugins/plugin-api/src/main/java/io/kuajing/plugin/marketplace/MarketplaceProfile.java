package io.kuajing.plugin.marketplace;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a marketplace plugin is beyond its {@link io.kuajing.plugin.PluginDescriptor}: its roles, the sites it
 * serves (for example {@code amazon.com}, {@code amazon.co.jp}, {@code tmall.hk}), and for channels the carrier
 * codes the channel understands, keyed by Kuajing carrier plugin id (for example {@code sf-express -> "SF"}). A
 * channel with a catch-all code that names the carrier in words (the Taobao Open Platform's {@code OTHER}) maps
 * {@link #ANY_OTHER_CARRIER} to it, and then confirms a shipment of any carrier.
 */
public record MarketplaceProfile(Set<MarketplaceRole> roles, List<String> sites, Map<String, String> carrierCodes) {

    /** The {@link #carrierCodes()} key of the channel's code for every carrier it has no code of its own for. */
    public static final String ANY_OTHER_CARRIER = "*";

    public MarketplaceProfile {
        roles = Set.copyOf(Objects.requireNonNull(roles, "roles"));
        sites = List.copyOf(Objects.requireNonNull(sites, "sites"));
        carrierCodes = Map.copyOf(carrierCodes == null ? Map.of() : carrierCodes);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("a marketplace plugin has at least one role");
        }
        if (sites.isEmpty()) {
            throw new IllegalArgumentException("a marketplace plugin serves at least one site");
        }
    }

    public static MarketplaceProfile source(String... sites) {
        return new MarketplaceProfile(Set.of(MarketplaceRole.SOURCE), List.of(sites), Map.of());
    }

    public boolean has(MarketplaceRole role) {
        return roles.contains(role);
    }
}
