package io.kuajing.plugin.jpcsv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.kuajing.plugin.marketplace.CatalogItem;
import io.kuajing.plugin.marketplace.CatalogPage;
import io.kuajing.plugin.marketplace.Message;
import io.kuajing.plugin.marketplace.Offer;
import io.kuajing.plugin.marketplace.OfferBatch;
import io.kuajing.plugin.marketplace.ShipFrom;
import io.kuajing.plugin.tck.TestPluginContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JpCsvMarketplaceTest {

    static final String HEADER = "商品コード,JANコード,商品名,ブランド,カテゴリ,商品説明,販売価格,通貨,在庫数,出品者ID,出品者名,出荷元倉庫,倉庫国,保税区分,重量(g),HSコード\r\n";

    @TempDir
    Path feed;

    @Test
    void rowsSharingACodeAreOneItemWithOneOfferPerWarehouse() throws IOException {
        write("a.csv", HEADER
                + "JP-1,4901301236258,\"花王 メリット, シャンプー \"\"大容量\"\"\",花王,化粧品,\"泡立ち\nよし\",\"¥1,280\",JPY,10,S1,東京コスメ堂,FSZ1,JP,通常,\"1,050\",3305100000\r\n"
                + "JP-1,4901301236258,花王 メリット,花王,化粧品,,１，３５０円,,2,S2,,KJ-NB-BONDED,CN,保税,1050,3305100000\r\n");
        JpCsvMarketplace plugin = started();

        CatalogPage page = plugin.catalog(null, 10);
        assertEquals(1, page.items().size());
        CatalogItem item = page.items().get(0);
        assertEquals("花王 メリット, シャンプー \"大容量\"", item.title());
        assertEquals("泡立ち\nよし", item.description());
        assertEquals("ja-JP", item.language());
        assertEquals(1050, item.weightGrams());
        assertEquals("4901301236258", item.gtin());
        assertNull(item.countryOfOrigin(), "an export without the 原産国 column states no origin");
        assertTrue(page.messages().isEmpty(), page.messages().toString());

        OfferBatch offers = plugin.offers(List.of("JP-1"));
        assertEquals(2, offers.offers().size());
        Offer overseas = offers.offers().get(0);
        Offer bonded = offers.offers().get(1);
        assertEquals(new BigDecimal("1280"), overseas.price().amount());
        assertEquals("JPY", overseas.price().currency());
        assertEquals(ShipFrom.WarehouseType.OVERSEAS, overseas.shipFrom().type());
        assertEquals(new BigDecimal("1350"), bonded.price().amount(), "full-width digits and 円 are read");
        assertEquals(ShipFrom.WarehouseType.BONDED, bonded.shipFrom().type());
        assertEquals("JPY", bonded.price().currency(), "JPY when the currency column is empty");
    }

    @Test
    void theCountryOfOriginColumnIsRead() throws IOException {
        write("a.csv", HEADER.strip() + ",原産国\r\n"
                + "JP-1,4901301236258,花王 メリット,花王,化粧品,,1280,JPY,10,S1,,FSZ1,JP,通常,100,3305100000,JP\r\n");
        assertEquals("JP", started().catalog(null, 10).items().get(0).countryOfOrigin());
    }

    @Test
    void badRowsAreReportedByFileAndLineAndNeverStopTheRead() throws IOException {
        write("a.csv", HEADER
                + "JP-1,4901301236258,良い商品,花王,化粧品,,1280,JPY,10,S1,,FSZ1,JP,通常,100,\r\n"
                + "JP-2,4901301236258,価格なし,花王,化粧品,,要問合せ,JPY,10,S1,,FSZ1,JP,通常,100,\r\n"
                + "JP-3,4901301236258,在庫マイナス,花王,化粧品,,100,JPY,-3,S1,,FSZ1,JP,通常,100,\r\n"
                + "JP-4,4901301236258,短い行\r\n"
                + "JP-1,4901301236258,良い商品,花王,化粧品,,abc,JPY,1,S2,,NRT5,JP,通常,100,\r\n"
                + "JP-5,4901301236250,JAN誤り,花王,化粧品,,100,JPY,1,S1,,FSZ1,JP,通常,100,\r\n");
        JpCsvMarketplace plugin = started();

        List<CatalogItem> items = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        String cursor = null;
        do {
            CatalogPage page = plugin.catalog(cursor, 1);
            items.addAll(page.items());
            messages.addAll(page.messages());
            cursor = page.nextCursor();
        } while (cursor != null);

        assertEquals(List.of("JP-1", "JP-5"), items.stream().map(CatalogItem::externalRef).toList());
        assertEquals(List.of("bad-row:JP-2", "bad-row:JP-3", "bad-row:a.csv:5", "bad-jan:JP-5"),
                messages.stream().map(m -> m.code() + ":" + m.ref()).toList());
        assertTrue(messages.get(0).text().startsWith("a.csv:3"), messages.get(0).text());
        assertNull(items.get(1).gtin(), "a JAN failing its check digit is dropped");

        OfferBatch offers = plugin.offers(List.of("JP-1"));
        assertEquals(1, offers.offers().size(), "the good offer of JP-1 stays");
        assertEquals("bad-row", offers.messages().get(0).code(), "its bad second offer is reported");
    }

    @Test
    void aShiftJisFileIsReportedUnreadableInsteadOfGarbled() throws IOException {
        Files.write(feed.resolve("sjis.csv"), (HEADER + "JP-1,,資生堂,,,,100,JPY,1,S1,,FSZ1,JP,,,\r\n")
                .getBytes(Charset.forName("Shift_JIS")));
        CatalogPage page = started().catalog(null, 10);
        assertTrue(page.items().isEmpty());
        assertEquals("feed-unreadable", page.messages().get(0).code());
        assertTrue(page.messages().get(0).text().contains("UTF-8"));
    }

    @Test
    void gs1CheckDigits() {
        assertTrue(JpCsvFeed.validGtin("4901301236258"));
        assertTrue(JpCsvFeed.validGtin("49123456"));
        assertFalse(JpCsvFeed.validGtin("4901301236250"));
        assertFalse(JpCsvFeed.validGtin("49013012362"));
    }

    @Test
    void theSampleExportHasHundredsOfItemsWithJapaneseTitles() {
        JpCsvMarketplace plugin = new JpCsvMarketplace();
        plugin.start(TestPluginContext.of(Map.of("feed-dir", JpCsvContractTest.SAMPLES.toString()), r -> null));
        List<CatalogItem> items = new ArrayList<>();
        long errors = 0;
        String cursor = null;
        do {
            CatalogPage page = plugin.catalog(cursor, 100);
            items.addAll(page.items());
            errors += page.messages().stream().filter(m -> m.level() == Message.Level.ERROR).count();
            cursor = page.nextCursor();
        } while (cursor != null);
        assertEquals(165, items.size(), "160 items, 4 sold on amazon.com too, 1 with a bad JAN (a warning only)");
        assertEquals(6, errors, "price, stock, title, country, code and the short row");
        assertTrue(items.stream().allMatch(i -> i.language().equals("ja-JP")));
    }

    private JpCsvMarketplace started() {
        JpCsvMarketplace plugin = new JpCsvMarketplace();
        plugin.start(TestPluginContext.of(Map.of("feed-dir", feed.toString()), r -> null));
        return plugin;
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(feed.resolve(name), text, StandardCharsets.UTF_8);
    }
}
