package io.kuajing.catalog.testing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.kuajing.plugin.Capability;
import io.kuajing.plugin.PluginDescriptor;
import io.kuajing.plugin.SpiVersion;
import io.kuajing.plugin.marketplace.CatalogItem;
import io.kuajing.plugin.marketplace.CatalogPage;
import io.kuajing.plugin.marketplace.MarketplacePlugin;
import io.kuajing.plugin.marketplace.MarketplaceProfile;
import io.kuajing.plugin.marketplace.Message;
import io.kuajing.plugin.marketplace.Offer;
import io.kuajing.plugin.marketplace.OfferBatch;
import io.kuajing.plugin.marketplace.Price;
import io.kuajing.plugin.marketplace.ShipFrom;

/**
 * A source marketplace test double generating {@code size} items in memory, each with one overseas offer in USD.
 * Every {@code brokenEvery}-th row is unreadable (an ERROR message instead of an item), every 7th item carries an HS
 * code off the positive list (3004909099), every 11th a malformed one; prices and stock can be changed between runs.
 */
public class FakeMarketplace implements MarketplacePlugin {

    public static final String LISTED_HS = "1901101000";
    public static final String OFF_LIST_HS = "3004909099";

    private final String id;
    private volatile int size;
    private final int brokenEvery;
    private final Map<String, BigDecimal> prices = new ConcurrentHashMap<>();
    private final Map<String, Integer> stock = new ConcurrentHashMap<>();
    private final Map<Integer, String> titles = new ConcurrentHashMap<>();
    private final Map<Integer, String> brands = new ConcurrentHashMap<>();
    private volatile long pageDelayMillis;
    private volatile int failAtRow = -1;

    public FakeMarketplace(String id, int size, int brokenEvery) {
        this.id = id;
        this.size = size;
        this.brokenEvery = brokenEvery;
    }

    public static String ref(int i) {
        return String.format("F-%07d", i);
    }

    public void price(int i, String amount) {
        prices.put(ref(i), new BigDecimal(amount));
    }

    /** The marketplace now titles row {@code i} this way (the seller rewrote it). */
    public void rename(int i, String title) {
        titles.put(i, title);
    }

    public void rebrand(int i, String brand) {
        brands.put(i, brand);
    }

    public void stock(int i, int units) {
        stock.put(ref(i), units);
    }

    /** The marketplace now lists only the first {@code size} rows. */
    public void shrinkTo(int size) {
        this.size = size;
    }

    public void slowDown(long millisPerPage) {
        this.pageDelayMillis = millisPerPage;
    }

    /** The page containing this row throws, as a marketplace that went away would. */
    public void failAt(int row) {
        this.failAtRow = row;
    }

    public boolean isBroken(int i) {
        return brokenEvery > 0 && i % brokenEvery == brokenEvery - 1;
    }

    public static String hsCode(int i) {
        return i % 11 == 10 ? "12" : i % 7 == 6 ? OFF_LIST_HS : LISTED_HS;
    }

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(id, "Fake " + id, "1.0", SpiVersion.CURRENT, EnumSet.of(Capability.CATALOG, Capability.OFFERS));
    }

    @Override
    public MarketplaceProfile profile() {
        return MarketplaceProfile.source("fake.example");
    }

    @Override
    public CatalogPage catalog(String cursor, int pageSize) {
        int size = this.size;
        int from = cursor == null ? 0 : Integer.parseInt(cursor);
        int to = Math.min(size, from + pageSize);
        if (failAtRow >= from && failAtRow < to) {
            throw new IllegalStateException("marketplace unreachable");
        }
        sleep();
        List<CatalogItem> items = new ArrayList<>(to - from);
        List<Message> messages = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (isBroken(i)) {
                messages.add(Message.error("bad-item", "fake.json#" + i, "row " + i + " has no title"));
            } else {
                items.add(new CatalogItem(ref(i), "fake.example", titles.getOrDefault(i, "Fake product " + i), "en-US", "Description " + i,
                        brands.getOrDefault(i, "Brand" + (i % 50)), i % 2 == 0 ? "Baby Formula" : "Health Supplements", null, hsCode(i), 400 + i % 700));
            }
        }
        return new CatalogPage(items, messages, to < size ? Integer.toString(to) : null);
    }

    @Override
    public OfferBatch offers(List<String> externalRefs) {
        List<Offer> offers = new ArrayList<>(externalRefs.size());
        for (String ref : externalRefs) {
            int i = Integer.parseInt(ref.substring(2));
            BigDecimal price = prices.getOrDefault(ref, new BigDecimal(10 + i % 90).add(new BigDecimal("0.99")));
            offers.add(new Offer(ref, "SELLER-" + (i % 3), "Fake Seller", new Price(price, "USD"),
                    stock.getOrDefault(ref, 10 + i % 5), new ShipFrom("ONT8", "US", ShipFrom.WarehouseType.OVERSEAS)));
        }
        return new OfferBatch(offers, List.of());
    }

    private void sleep() {
        if (pageDelayMillis > 0) {
            try {
                Thread.sleep(pageDelayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
