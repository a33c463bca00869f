package io.kuajing.plugin.usspapi;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import io.kuajing.plugin.Capability;
import io.kuajing.plugin.PluginContext;
import io.kuajing.plugin.PluginDescriptor;
import io.kuajing.plugin.PluginSetting;
import io.kuajing.plugin.SpiVersion;
import io.kuajing.plugin.marketplace.CatalogPage;
import io.kuajing.plugin.marketplace.MarketplacePlugin;
import io.kuajing.plugin.marketplace.MarketplaceProfile;
import io.kuajing.plugin.marketplace.Message;
import io.kuajing.plugin.marketplace.Offer;
import io.kuajing.plugin.marketplace.OfferBatch;

/**
 * A US source marketplace (amazon.com) read from SP-API-shaped JSON catalogue exports ({@code *.json}) in the folder
 * named by the setting {@code feed-dir}. No network: a real deployment drops the exports there (a scheduled
 * SP-API pull, a seller's download); the reference plugin shows the mapping and the error handling.
 *
 * <p>The folder is re-read when a file in it changes (name, size or modification time), so a new export is seen by
 * the next import without a restart. Cursors are row offsets into the current read.
 */
public final class SpApiExportMarketplace implements MarketplacePlugin {

    static final String ID = "us-spapi-export";

    private volatile Path feedDir;
    private volatile SpApiFeed feed;

    @Override
    public PluginDescriptor descriptor() {
        return new PluginDescriptor(ID, "US marketplace (SP-API catalogue export)", "0.1.0", SpiVersion.CURRENT,
                EnumSet.of(Capability.CATALOG, Capability.OFFERS)).withSettings(
                PluginSetting.required("feed-dir", PluginSetting.Type.PATH, "the folder holding the SP-API catalogue export"));
    }

    @Override
    public MarketplaceProfile profile() {
        return MarketplaceProfile.source(SpApiFeed.SITE);
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
        SpApiFeed current = current();
        int from = offset(cursor);
        int to = Math.min(current.rows().size(), from + pageSize);
        List<io.kuajing.plugin.marketplace.CatalogItem> items = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        for (SpApiFeed.Row row : current.rows().subList(Math.min(from, to), to)) {
            if (row.item() != null) {
                items.add(row.item());
            }
            messages.addAll(row.messages());
        }
        return new CatalogPage(items, messages, to < current.rows().size() ? Integer.toString(to) : null);
    }

    @Override
    public OfferBatch offers(List<String> externalRefs) {
        SpApiFeed current = current();
        List<Offer> offers = new ArrayList<>();
        List<Message> messages = new ArrayList<>();
        for (String ref : externalRefs) {
            if (!current.knows(ref)) {
                messages.add(Message.error("unknown-ref", ref, "no item " + ref + " in the current export"));
                continue;
            }
            offers.addAll(current.offersOf(ref));
            messages.addAll(current.offerMessagesOf(ref));
        }
        return new OfferBatch(offers, messages);
    }

    private static int offset(String cursor) {
        if (cursor == null) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(cursor);
            if (offset < 0) {
                throw new NumberFormatException();
            }
            return offset;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a cursor of " + ID + ": " + cursor);
        }
    }

    private SpApiFeed current() {
        Path dir = feedDir;
        if (dir == null) {
            throw new IllegalStateException("plugin " + ID + " was not started");
        }
        SpApiFeed known = feed;
        String fingerprint = SpApiFeed.fingerprint(dir);
        if (known != null && known.fingerprint().equals(fingerprint)) {
            return known;
        }
        synchronized (this) {
            if (feed == null || !feed.fingerprint().equals(fingerprint)) {
                feed = SpApiFeed.read(dir, fingerprint);
            }
            return feed;
        }
    }
}
