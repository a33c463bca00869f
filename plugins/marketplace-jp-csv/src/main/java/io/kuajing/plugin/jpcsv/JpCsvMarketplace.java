package io.kuajing.plugin.jpcsv;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import io.kuajing.plugin.Capability;
import io.kuajing.plugin.PluginContext;
import io.kuajing.plugin.PluginDescriptor;
import io.kuajing.plugin.PluginSetting;
import io.kuajing.plugin.SpiVersion;
import io.kuajing.plugin.marketplace.CatalogItem;
import io.kuajing.plugin.marketplace.CatalogPage;
import io.kuajing.plugin.marketplace.MarketplacePlugin;
import io.kuajing.plugin.marketplace.MarketplaceProfile;
import io.kuajing.plugin.marketplace.Message;
import io.kuajing.plugin.marketplace.OfferBatch;

/**
 * A Japanese source marketplace (amazon.co.jp) read from CSV exports ({@code *.csv}, UTF-8) with Japanese headers,
 * titles and JPY prices, in the folder named by the setting {@code feed-dir}. One CSV row is one offer; rows sharing
 * a 商品コード are one item with several offers (one per seller and warehouse).
 *
 * <p>A catalogue walk starts with a {@code null} cursor; that call reads the folder afresh and later pages and
 * {@link #offers} answer from that read, so one import sees one consistent export even if a file is replaced
 * meanwhile.
 */
public final class JpCsvMarketplace implements MarketplacePlugin {

    static final String ID = "jp-csv-export";

    private volatile Path feedDir;
    private volatile JpCsvFeed feed;

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(ID, "Japanese marketplace (CSV catalogue export)", "0.1.0", SpiVersion.CURRENT,
                EnumSet.of(Capability.CATALOG, Capability.OFFERS)).withSettings(
                PluginSetting.required("feed-dir", PluginSetting.Type.PATH, "the folder holding the CSV catalogue export"));
    }

    @Override
    public MarketplaceProfile profile() {
        return MarketplaceProfile.source(JpCsvFeed.SITE);
    }

    @Override
    public void start(PluginContext context) {
        feedDir = context.setting("feed-dir").map(Path::of)
                .orElseThrow(() -> new IllegalStateException("plugin " + ID + " needs the setting feed-dir "
                        + "(kuajing.plugins.settings." + ID + ".feed-dir)"));
    }

    @Override
    public CatalogPage catalog(String cursor, int pageSize) {
        if (pageSize <= 0) {
            throw new IllegalArgumentException("page size must be positive: " + pageSize);
        }
        JpCsvFeed read = cursor == null ? reload() : loaded();
        int from = cursor == null ? 0 : position(cursor);
        int to = Math.min(read.entries().size(), from + pageSize);
        List<CatalogItem> items = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        for (JpCsvFeed.Entry entry : read.entries().subList(Math.min(from, to), to)) {
            if (entry.item() != null) {
                items.add(entry.item());
            }
            messages.addAll(entry.messages());
        }
        return new CatalogPage(items, messages, to < read.entries().size() ? "row:" + to : null);
    }

    @Override
    public OfferBatch offers(List<String> externalRefs) {
        return loaded().offers(externalRefs);
    }

    private static int position(String cursor) {
        if (cursor.startsWith("row:")) {
            try {
                int position = Integer.parseInt(cursor.substring(4));
                if (position >= 0) {
                    return position;
                }
            } catch (NumberFormatException ignored) {
                // reported below with the cursor
            }
        }
        throw new IllegalArgumentException("not a cursor of " + ID + ": " + cursor);
    }

    private JpCsvFeed loaded() {
        JpCsvFeed read = feed;
        return read != null ? read : reload();
    }

    private synchronized JpCsvFeed reload() {
        Path dir = feedDir;
        if (dir == null) {
            throw new IllegalStateException("plugin " + ID + " was not started");
        }
        feed = JpCsvFeed.read(dir);
        return feed;
    }
}
