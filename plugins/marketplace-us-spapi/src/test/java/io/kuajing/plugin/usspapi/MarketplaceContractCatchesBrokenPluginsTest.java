package io.kuajing.plugin.usspapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.kuajing.plugin.Capability;
import io.kuajing.plugin.PluginDescriptor;
import io.kuajing.plugin.SpiVersion;
import io.kuajing.plugin.marketplace.CatalogItem;
import io.kuajing.plugin.marketplace.CatalogPage;
import io.kuajing.plugin.marketplace.ItemResult;
import io.kuajing.plugin.marketplace.MarketplacePlugin;
import io.kuajing.plugin.marketplace.MarketplaceProfile;
import io.kuajing.plugin.marketplace.MarketplaceRole;
import io.kuajing.plugin.marketplace.OfferBatch;
import io.kuajing.plugin.marketplace.ShipmentConfirmation;
import io.kuajing.plugin.tck.marketplace.MarketplacePluginContract;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * Proves the marketplace contract (plugins/plugin-tck, tck.marketplace) fails on plugins that break it, and passes
 * the reference plugin: a contract that cannot fail proves nothing. Lives here because the TCK module's own tests
 * belong to its owner; move it next to ContractCatchesBrokenPluginsTest when convenient.
 */
class MarketplaceContractCatchesBrokenPluginsTest {

    @Test
    void declaringACapabilityWithoutItsOperationFailsTheDescriptorCheck() {
        assertEquals(1, failures(Broken.class, "descriptorIsValidAndCapabilitiesMatchTheRoles"));
    }

    @Test
    void overfillingAPageFailsTheWalk() {
        assertEquals(1, failures(Broken.class, "aCatalogueWalkVisitsEveryItemOnceWhateverThePageSize"));
    }

    @Test
    void throwingOnAnUnknownRefFailsTheMessageCheck() {
        assertEquals(1, failures(Broken.class, "anUnknownRefIsAMessageNotAnException"));
    }

    @Test
    void droppingBrokenRowsSilentlyFailsTheBrokenRowCheck() {
        assertEquals(1, failures(Broken.class, "brokenRowsBecomeErrorMessagesAndTheGoodRowsStillCome"));
    }

    @Test
    void theReferencePluginPassesTheSameChecks() {
        for (String check : List.of("descriptorIsValidAndCapabilitiesMatchTheRoles",
                "aCatalogueWalkVisitsEveryItemOnceWhateverThePageSize", "anUnknownRefIsAMessageNotAnException",
                "brokenRowsBecomeErrorMessagesAndTheGoodRowsStillCome")) {
            assertEquals(0, failures(SpApiExportContractTest.class, check), check);
        }
    }

    @Test
    void confirmingAShipmentWithAGuessedCarrierFailsTheChannelCheckAndTheUsChannelPassesIt() {
        String check = "aChannelRejectsACarrierItHasNoCodeForByNameWithoutACall";
        assertEquals(1, failures(Guessing.class, check));
        assertEquals(0, failures(SpApiSellingPartnerContractTest.class, check));
    }

    private static long failures(Class<?> contract, String method) {
        var request = LauncherDiscoveryRequestBuilder.request().selectors(selectMethod(contract, method)).build();
        var listener = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, listener);
        assertTrue(listener.getSummary().getTestsStartedCount() > 0, "the contract check ran: " + method);
        return listener.getSummary().getTotalFailureCount();
    }

    /** The contract over a planted plugin, which needs no settings. */
    abstract static class Planted extends MarketplacePluginContract {

        @Override
        protected Map<String, String> settings() {
            return Map.of();
        }

        @Override
        protected Map<String, String> settingsWithBrokenRows() {
            return Map.of();
        }
    }

    /** The contract over a plugin that breaks every rule checked above. */
    static class Broken extends Planted {

        @Override
        protected MarketplacePlugin newPlugin() {
            return new BrokenMarketplace();
        }
    }

    /** The contract over a channel that confirms a shipment with whatever carrier it is given. */
    static class Guessing extends Planted {

        @Override
        protected MarketplacePlugin newPlugin() {
            return new GuessingChannel();
        }
    }

    /** Confirms every shipment, mapping an unknown carrier to nothing instead of refusing it. */
    public static class GuessingChannel implements MarketplacePlugin {

        @Override
        public PluginDescriptor descriptor() {
            return new PluginDescriptor("guessing-channel", "Guessing", "0", SpiVersion.CURRENT,
                    EnumSet.of(Capability.SHIPMENT_CONFIRMATION));
        }

        @Override
        public MarketplaceProfile profile() {
            return new MarketplaceProfile(Set.of(MarketplaceRole.CHANNEL), List.of("guessing.example"), Map.of());
        }

        @Override
        public ItemResult confirmShipment(ShipmentConfirmation confirmation) {
            return new ItemResult(confirmation.externalOrderId(), ItemResult.Outcome.UPDATED, null, List.of());
        }
    }

    /**
     * Declares LISTINGS without implementing it, returns all ten items whatever the page size, throws on an unknown
     * ref, and drops its one broken row without a message.
     */
    public static class BrokenMarketplace implements MarketplacePlugin {

        @Override
        public PluginDescriptor descriptor() {
            return new PluginDescriptor("broken-market", "Broken", "0", SpiVersion.CURRENT,
                    EnumSet.of(Capability.CATALOG, Capability.OFFERS, Capability.LISTINGS));
        }

        @Override
        public MarketplaceProfile profile() {
            return MarketplaceProfile.source("broken.example");
        }

        @Override
        public CatalogPage catalog(String cursor, int pageSize) {
            List<CatalogItem> items = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                items.add(new CatalogItem("B-" + i, "broken.example", "Item " + i, "en-US", null, null, null, null, null, null));
            }
            return new CatalogPage(items, List.of(), null);
        }

        @Override
        public OfferBatch offers(List<String> externalRefs) {
            if (externalRefs.stream().anyMatch(ref -> !ref.startsWith("B-"))) {
                throw new IllegalArgumentException("unknown ref");
            }
            return new OfferBatch(List.of(), List.of());
        }
    }
}
