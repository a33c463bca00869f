package io.kuajing.plugin.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import io.kuajing.plugin.Capability;
import io.kuajing.plugin.PluginDescriptor;
import io.kuajing.plugin.SpiVersion;
import io.kuajing.plugin.UnsupportedOperation;
import org.junit.jupiter.api.Test;

class MarketplaceSpiTest {

    /** Overrides the SOURCE operations only. */
    static class SourceOnly implements MarketplacePlugin {
        @Override
        public PluginDescriptor descriptor() {
            return new PluginDescriptor("source-only", "Source", "1", SpiVersion.CURRENT,
                    EnumSet.of(Capability.CATALOG, Capability.OFFERS));
        }

        @Override
        public MarketplaceProfile profile() {
            return MarketplaceProfile.source("example.com");
        }

        @Override
        public CatalogPage catalog(String cursor, int pageSize) {
            return new CatalogPage(List.of(), List.of(), null);
        }

        @Override
        public OfferBatch offers(List<String> externalRefs) {
            return new OfferBatch(List.of(), List.of());
        }
    }

    @Test
    void implementedCapabilitiesAreTheOverriddenOperations() {
        assertEquals(EnumSet.of(Capability.CATALOG, Capability.OFFERS),
                MarketplacePlugin.implementedCapabilities(SourceOnly.class));
    }

    @Test
    void anOperationNotOverriddenThrowsTheStableErrorNamingItsCapability() {
        UnsupportedOperation e = assertThrows(UnsupportedOperation.class,
                () -> new SourceOnly().pushPriceStock(List.of(new PriceStockUpdate("KJ-1", null, 3))));
        assertEquals(Capability.PRICE_STOCK, e.capability());
    }

    @Test
    void overlappingPullsKeepOneOrderPerExternalIdTheNewestWinning() {
        Instant t0 = Instant.parse("2026-11-23T00:00:00Z");
        ChannelOrder first = order("O-1", t0, "PAID");
        ChannelOrder later = order("O-1", t0.plusSeconds(60), "SHIPPED");
        ChannelOrder other = order("O-2", t0, "PAID");
        assertEquals(List.of(later, other), ChannelOrderPage.distinct(List.of(first, other, later)));
    }

    @Test
    void badValuesAreRefusedWhereTheyAreMade() {
        assertThrows(IllegalArgumentException.class, () -> Price.of("-1.00", "USD"));
        assertThrows(IllegalArgumentException.class, () -> Price.of("1.00", "US$"));
        assertThrows(IllegalArgumentException.class, () -> new ShipFrom("ONT8", "CN", ShipFrom.WarehouseType.OVERSEAS));
        assertThrows(IllegalArgumentException.class, () -> new ShipFrom("KJ-NB", "US", ShipFrom.WarehouseType.BONDED));
        assertThrows(IllegalArgumentException.class, () -> Message.error("Bad Code", null, "x"));
        assertEquals(EnumSet.of(Capability.CATALOG, Capability.OFFERS), MarketplaceRole.SOURCE.capabilities());
    }

    private static ChannelOrder order(String id, Instant updated, String status) {
        return new ChannelOrder(id, Instant.parse("2026-11-22T00:00:00Z"), updated, status,
                List.of(new ChannelOrder.Line("KJ-1", 1, Price.of("10.00", "CNY"))), Price.of("10.00", "CNY"));
    }
}
