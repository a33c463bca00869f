package io.kuajing.plugin.jpspapi;

import java.util.Map;

import io.kuajing.plugin.sellingpartner.AmazonStore;
import io.kuajing.plugin.sellingpartner.SellingPartnerChannel;

/**
 * amazon.co.jp as a sales CHANNEL through the Selling Partner API (the client shared with the US plugin,
 * {@link SellingPartnerChannel}): marketplace {@code A1VC38T7YXB528}, prices in whole yen (a fractional yen is
 * refused, never rounded), package weights in kilograms, the Far East endpoint. Settings
 * ({@code kuajing.plugins.settings.jp-spapi.*}): {@code base-url}, {@code seller-id}, {@code access-token}.
 *
 * <p>Not to be confused with {@code jp-csv-export}, the SOURCE plugin that reads amazon.co.jp catalogue exports
 * for import: this one sells Chinese vendors' goods to Japanese buyers.
 */
public final class JpSpApiSellingPartner extends SellingPartnerChannel {

    static final String ID = "jp-spapi";

    public JpSpApiSellingPartner() {
        // Amazon's carrier codes for the Kuajing carriers that hand parcels from China to a Japanese buyer.
        super(ID, "Japanese marketplace (Selling Partner API)", AmazonStore.JAPAN,
                Map.of("postal-ems", "China Post", "fengchi-express", "SF Express"));
    }
}
