package io.kuajing.plugin.usspapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.kuajing.plugin.marketplace.CatalogItem;
import io.kuajing.plugin.marketplace.CatalogPage;
import io.kuajing.plugin.marketplace.Message;
import io.kuajing.plugin.marketplace.Offer;
import io.kuajing.plugin.marketplace.OfferBatch;
import io.kuajing.plugin.marketplace.ShipFrom;
import io.kuajing.plugin.tck.TestPluginContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpApiExportMarketplaceTest {

    @TempDir
    Path feed;

    private static final String GOOD = """
            {"asin": "B0TEST0001",
             "identifiers": [{"marketplaceId": "ATVPDKIKX0DER", "identifiers": [{"identifierType": "EAN", "identifier": "0300450449108"}]}],
             "summaries": [{"marketplaceId": "A1F83G8C2ARO7P", "itemName": "UK title"},
                           {"marketplaceId": "ATVPDKIKX0DER", "itemName": "Similac Pro-Advance 30.8 oz", "brand": "Similac",
                            "browseClassification": {"displayName": "Baby Formula"}}],
             "attributes": {"product_description": [{"value": "Infant formula \\u00e9"}],
                            "item_package_weight": [{"value": 2.1, "unit": "pounds"}],
                            "cn_hs_code": [{"value": "1901101000"}],
                            "country_of_origin": [{"value": "US", "marketplace_id": "ATVPDKIKX0DER"}]},
             "offers": [
               {"sellerId": "A1", "sellerName": "Amazon.com", "listingPrice": {"amount": 24.99, "currencyCode": "USD"},
                "quantity": 40, "shipsFrom": {"warehouseId": "ONT8", "countryCode": "US"}},
               {"sellerId": "A2", "listingPrice": {"amount": "26.10", "currencyCode": "USD"},
                "quantity": 3, "shipsFrom": {"warehouseId": "KJ-NB-BONDED", "countryCode": "CN", "type": "BONDED"}},
               {"sellerId": "A3", "listingPrice": {"amount": 25.00, "currencyCode": "US$"},
                "quantity": 3, "shipsFrom": {"warehouseId": "ONT8", "countryCode": "US"}}
             ]}""";

    @Test
    void mapsAnSpApiItemAndItsOffersExactly() throws IOException {
        write("a.json", "{\"items\": [" + GOOD + "]}");
        SpApiExportMarketplace plugin = started();

        CatalogPage page = plugin.catalog(null, 10);
        assertEquals(1, page.items().size());
        CatalogItem item = page.items().get(0);
        assertEquals("Similac Pro-Advance 30.8 oz", item.title(), "the US summary wins over the first one");
        assertEquals("0300450449108", item.gtin());
        assertEquals("1901101000", item.hsCode());
        assertEquals(953, item.weightGrams(), "2.1 lb = 952.54 g, rounded half up");
        assertEquals("Infant formula \u00e9", item.description());
        assertEquals("US", item.countryOfOrigin(), "SP-API's country_of_origin attribute");
        assertNull(page.nextCursor());

        OfferBatch offers = plugin.offers(List.of("B0TEST0001"));
        assertEquals(2, offers.offers().size());
        Offer first = offers.offers().get(0);
        assertEquals(new BigDecimal("24.99"), first.price().amount(), "no double on the way");
        assertEquals(ShipFrom.WarehouseType.OVERSEAS, first.shipFrom().type());
        assertEquals(ShipFrom.WarehouseType.BONDED, offers.offers().get(1).shipFrom().type());
        assertEquals(List.of("bad-offer"), codes(offers.messages()), "the offer in US$ is refused alone");
    }

    @Test
    void eachBrokenItemIsReportedWithItsReasonAndTheOthersStillCome() throws IOException {
        write("a.json", "{\"items\": [" + GOOD + ","
                + "{\"asin\": \"b0short\", \"summaries\": [{\"itemName\": \"x\"}]},"
                + "{\"asin\": \"B0TEST0002\", \"summaries\": [{\"brand\": \"no title\"}]},"
                + "{\"asin\": \"B0TEST0001\", \"summaries\": [{\"itemName\": \"again\"}]},"
                + "{\"asin\": \"B0TEST0003\", \"summaries\": [{\"itemName\": \"stones\"}],"
                + "  \"attributes\": {\"item_package_weight\": [{\"value\": 2, \"unit\": \"stones\"}]}}"
                + "]}");
        write("b-truncated.json", "{\"items\": [" + GOOD.substring(0, 200));

        List<Message> messages = new ArrayList<>();
        List<CatalogItem> items = new ArrayList<>();
        SpApiExportMarketplace plugin = started();
        String cursor = null;
        do {
            CatalogPage page = plugin.catalog(cursor, 2);
            items.addAll(page.items());
            messages.addAll(page.messages());
            cursor = page.nextCursor();
        } while (cursor != null);

        assertEquals(List.of("B0TEST0001"), items.stream().map(CatalogItem::externalRef).toList());
        assertEquals(Map.of("bad-item", 3L, "duplicate-ref", 1L, "feed-unreadable", 1L),
                messages.stream().collect(Collectors.groupingBy(Message::code, Collectors.counting())));
        assertTrue(messages.stream().anyMatch(m -> m.ref().equals("b-truncated.json")));
    }

    @Test
    void aNewExportIsSeenWithoutARestart() throws IOException {
        Path file = write("a.json", "{\"items\": []}");
        SpApiExportMarketplace plugin = started();
        assertEquals(0, plugin.catalog(null, 10).items().size());

        write("a.json", "{\"items\": [" + GOOD + "]}");
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
        assertEquals(1, plugin.catalog(null, 10).items().size());
    }

    @Test
    void theSampleExportHasHundredsOfItemsAndItsBrokenRowsAreCounted() {
        SpApiExportMarketplace plugin = new SpApiExportMarketplace();
        plugin.start(TestPluginContext.of(Map.of("feed-dir", SpApiExportContractTest.SAMPLES.toString()), r -> null));
        int items = 0;
        List<Message> messages = new ArrayList<>();
        String cursor = null;
        do {
            CatalogPage page = plugin.catalog(cursor, 100);
            items += page.items().size();
            messages.addAll(page.messages());
            cursor = page.nextCursor();
        } while (cursor != null);
        assertEquals(216, items, "220 items: bad ASIN, no title, unknown weight unit, one duplicate");
        assertEquals(5, messages.stream().filter(m -> m.level() == Message.Level.ERROR).count(), messages.toString());
    }

    @Test
    void aStartWithoutFeedDirSaysWhichSettingIsMissing() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new SpApiExportMarketplace().start(TestPluginContext.of(Map.of(), r -> null)));
        assertTrue(e.getMessage().contains("kuajing.plugins.settings.us-spapi-export.feed-dir"), e.getMessage());
    }

    private SpApiExportMarketplace started() {
        SpApiExportMarketplace plugin = new SpApiExportMarketplace();
        plugin.start(TestPluginContext.of(Map.of("feed-dir", feed.toString()), r -> null));
        return plugin;
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(feed.resolve(name), json);
    }

    private static List<String> codes(List<Message> messages) {
        return messages.stream().map(Message::code).toList();
    }
}
