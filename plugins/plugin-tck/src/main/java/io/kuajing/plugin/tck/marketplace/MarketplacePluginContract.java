package io.kuajing.plugin.tck.marketplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import io.kuajing.plugin.Capability;
import io.kuajing.plugin.HttpTransport;
import io.kuajing.plugin.PluginDescriptor;
import io.kuajing.plugin.SpiVersion;
import io.kuajing.plugin.UnsupportedOperation;
import io.kuajing.plugin.marketplace.CatalogItem;
import io.kuajing.plugin.marketplace.CatalogPage;
import io.kuajing.plugin.marketplace.ChannelOrderQuery;
import io.kuajing.plugin.marketplace.ItemResult;
import io.kuajing.plugin.marketplace.Listing;
import io.kuajing.plugin.marketplace.MarketplacePlugin;
import io.kuajing.plugin.marketplace.MarketplaceProfile;
import io.kuajing.plugin.marketplace.MarketplaceRole;
import io.kuajing.plugin.marketplace.Message;
import io.kuajing.plugin.marketplace.Offer;
import io.kuajing.plugin.marketplace.OfferBatch;
import io.kuajing.plugin.marketplace.Price;
import io.kuajing.plugin.marketplace.PriceStockUpdate;
import io.kuajing.plugin.marketplace.ShipmentConfirmation;
import io.kuajing.plugin.tck.TestPluginContext;
import org.junit.jupiter.api.Test;

/**
 * The marketplace plugin contract. Extend it in the plugin's tests with a way to build the plugin and settings for
 * a good sample and for one with broken rows. SOURCE checks run when the plugin declares the SOURCE role; every
 * operation of an undeclared capability must throw {@link UnsupportedOperation} naming that capability.
 */
public abstract class MarketplacePluginContract {

    /** A new, unstarted plugin instance, as ServiceLoader would create it. */
    protected abstract MarketplacePlugin newPlugin();

    /** Settings ({@code kuajing.plugins.settings.<id>.*} without the prefix) for a readable sample. */
    protected abstract Map<String, String> settings();

    /** Settings for a sample with deliberately broken rows next to good ones. */
    protected abstract Map<String, String> settingsWithBrokenRows();

    /** A plugin that reads files must not touch the network: any HTTP call fails the test. */
    private static final HttpTransport NO_NETWORK = request -> {
        throw new AssertionError("a marketplace source plugin reading files called the network: " + request.uri());
    };

    /**
     * Where the libraries the plugin's JAR carries (shades in) are before packaging, for the class-loader isolation
     * check: none by default. A plugin built on a shared library names it, e.g. the code source of its superclass.
     */
    protected List<Path> bundledLibraries() {
        return List.of();
    }

    /** The JAR or class folder {@code type} was loaded from. */
    protected static Path codeSourceOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    protected MarketplacePlugin started(Map<String, String> settings) {
        MarketplacePlugin plugin = newPlugin();
        plugin.start(TestPluginContext.of(settings, NO_NETWORK));
        return plugin;
    }

    @Test
    void descriptorIsValidAndCapabilitiesMatchTheRoles() {
        MarketplacePlugin plugin = newPlugin();
        PluginDescriptor descriptor = plugin.descriptor();
        MarketplaceProfile profile = plugin.profile();
        assertTrue(SpiVersion.isSupported(descriptor.spiVersion()), "SPI version " + descriptor.spiVersion());
        Set<Capability> allowed = EnumSet.noneOf(Capability.class);
        profile.roles().forEach(role -> allowed.addAll(role.capabilities()));
        assertTrue(allowed.containsAll(descriptor.capabilities()),
                "capabilities " + descriptor.capabilities() + " outside the roles " + profile.roles());
        if (profile.has(MarketplaceRole.SOURCE)) {
            assertTrue(descriptor.capabilities().containsAll(MarketplaceRole.SOURCE.capabilities()),
                    "a SOURCE declares CATALOG and OFFERS");
        }
        assertEquals(descriptor.capabilities(), MarketplacePlugin.implementedCapabilities(plugin.getClass()),
                "declared capabilities are exactly the overridden operations");
        profile.sites().forEach(site -> assertTrue(site.matches("[a-z0-9.-]+\\.[a-z]{2,}"), "site " + site));
    }

    @Test
    void aCatalogueWalkVisitsEveryItemOnceWhateverThePageSize() {
        assumeSource();
        MarketplacePlugin plugin = started(settings());
        List<String> bySmallPages = walk(plugin, 3, page -> assertTrue(page.items().size() <= 3, "page too big"));
        List<String> byOnePage = walk(plugin, 100_000, page -> { });
        assertFalse(bySmallPages.isEmpty(), "the sample has items");
        assertEquals(byOnePage, bySmallPages, "same items in the same order");
        assertEquals(bySmallPages.size(), new HashSet<>(bySmallPages).size(), "every external ref once");
    }

    @Test
    void itemsNameADeclaredSiteAndOffersAnswerTheRefsAskedFor() {
        assumeSource();
        MarketplacePlugin plugin = started(settings());
        List<CatalogItem> items = new ArrayList<>();
        String cursor = null;
        do {
            CatalogPage page = plugin.catalog(cursor, 50);
            items.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        items.forEach(item -> assertTrue(plugin.profile().sites().contains(item.site()), "site of " + item.externalRef()));
        List<String> refs = items.stream().map(CatalogItem::externalRef).toList();
        OfferBatch batch = plugin.offers(refs);
        assertFalse(batch.offers().isEmpty(), "the sample has offers");
        for (Offer offer : batch.offers()) {
            assertTrue(refs.contains(offer.externalRef()), "offer for a ref not asked for: " + offer.externalRef());
        }
    }

    @Test
    void anUnknownRefIsAMessageNotAnException() {
        assumeSource();
        OfferBatch batch = started(settings()).offers(List.of("NO-SUCH-REF-0000"));
        assertTrue(batch.offers().isEmpty());
        assertTrue(batch.messages().stream().anyMatch(m -> "NO-SUCH-REF-0000".equals(m.ref())
                && m.level() == Message.Level.ERROR), "a message names the unknown ref: " + batch.messages());
    }

    @Test
    void brokenRowsBecomeErrorMessagesAndTheGoodRowsStillCome() {
        assumeSource();
        MarketplacePlugin plugin = started(settingsWithBrokenRows());
        List<CatalogItem> items = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        String cursor = null;
        do {
            CatalogPage page = plugin.catalog(cursor, 10);
            items.addAll(page.items());
            messages.addAll(page.messages());
            cursor = page.nextCursor();
        } while (cursor != null);
        messages.addAll(plugin.offers(items.stream().map(CatalogItem::externalRef).toList()).messages());
        assertFalse(items.isEmpty(), "good rows survive broken ones");
        assertTrue(messages.stream().anyMatch(m -> m.level() == Message.Level.ERROR && m.ref() != null && !m.retryable()),
                "broken rows are reported as non-retryable errors naming the row: " + messages);
    }

    @Test
    void aCursorThePluginNeverIssuedIsRefused() {
        assumeSource();
        assertThrows(IllegalArgumentException.class, () -> started(settings()).catalog("not-a-cursor-%%", 10));
    }

    @Test
    void operationsOutsideTheDeclaredCapabilitiesThrowUnsupportedOperation() {
        MarketplacePlugin plugin = started(settings());
        Set<Capability> declared = plugin.descriptor().capabilities();
        Map<Capability, Runnable> calls = Map.of(
                Capability.CATALOG, () -> plugin.catalog(null, 1),
                Capability.OFFERS, () -> plugin.offers(List.of("x")),
                Capability.LISTINGS, () -> plugin.upsertListing(new Listing("KJ-TCK-1", "t", null, "zh-CN", null,
                        Price.of("1.00", "CNY"), 1, Map.of())),
                Capability.PRICE_STOCK, () -> plugin.pushPriceStock(List.of(new PriceStockUpdate("KJ-TCK-1", null, 1))),
                Capability.CHANNEL_ORDERS, () -> plugin.channelOrders(new ChannelOrderQuery(
                        Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-02T00:00:00Z"), null)),
                Capability.SHIPMENT_CONFIRMATION, () -> plugin.confirmShipment(new ShipmentConfirmation("o-1", "sf-express",
                        "SF100", Instant.parse("2026-01-01T00:00:00Z"))));
        for (var call : calls.entrySet()) {
            if (!declared.contains(call.getKey())) {
                UnsupportedOperation e = assertThrows(UnsupportedOperation.class, call.getValue()::run, call.getKey().name());
                assertEquals(call.getKey(), e.capability());
            }
        }
    }

    @Test
    void thePluginLoadsInItsOwnClassLoaderSharingOnlyTheSpi() throws Exception {
        Class<?> type = newPlugin().getClass();
        Path location = codeSourceOf(type);
        List<MarketplacePlugin> loaded = IsolatedPluginLoader.load(MarketplacePlugin.class, location,
                bundledLibraries());
        MarketplacePlugin isolated = loaded.stream().filter(p -> p.getClass().getName().equals(type.getName()))
                .findFirst().orElseThrow(() -> new AssertionError("META-INF/services does not declare " + type.getName()));
        assertNotSame(type, isolated.getClass(), "loaded by the isolated loader, not the test's");
        isolated.start(TestPluginContext.of(settings(), NO_NETWORK));
        if (isolated.profile().has(MarketplaceRole.SOURCE)) {
            assertNotNull(isolated.catalog(null, 5), "works in isolation");
        }
    }

    private List<String> walk(MarketplacePlugin plugin, int pageSize, Consumer<CatalogPage> check) {
        List<String> refs = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            CatalogPage page = plugin.catalog(cursor, pageSize);
            check.accept(page);
            page.items().forEach(item -> refs.add(item.externalRef()));
            cursor = page.nextCursor();
            assertTrue(++pages < 1_000_000, "the walk ends");
        } while (cursor != null);
        return refs;
    }

    @Test
    void aChannelRejectsACarrierItHasNoCodeForByNameWithoutACall() {
        assumeChannel();
        MarketplacePlugin plugin = started(settings());
        String unknown = "kuajing-tck-no-such-carrier";
        assertFalse(plugin.profile().carrierCodes().containsKey(unknown));
        // A channel with a catch-all code has a code for every carrier: there is nothing to reject.
        org.junit.jupiter.api.Assumptions.assumeFalse(plugin.profile().carrierCodes()
                .containsKey(MarketplaceProfile.ANY_OTHER_CARRIER), "the channel names other carriers by a catch-all code");
        ItemResult result = plugin.confirmShipment(new ShipmentConfirmation("TCK-ORDER-1", unknown, "TCK0000001",
                TestPluginContext.NOW));
        assertEquals(ItemResult.Outcome.REJECTED, result.outcome());
        assertTrue(result.messages().stream().anyMatch(m -> m.code().equals("carrier-unmapped")
                && m.level() == Message.Level.ERROR), "rejected as carrier-unmapped: " + result.messages());
    }

    private void assumeChannel() {
        org.junit.jupiter.api.Assumptions.assumeTrue(newPlugin().profile().has(MarketplaceRole.CHANNEL)
                        && newPlugin().descriptor().capabilities().contains(Capability.SHIPMENT_CONFIRMATION),
                "shipment checks apply to CHANNEL plugins that confirm shipments");
    }

    private void assumeSource() {
        org.junit.jupiter.api.Assumptions.assumeTrue(newPlugin().profile().has(MarketplaceRole.SOURCE),
                "SOURCE checks apply to SOURCE plugins");
    }
}
