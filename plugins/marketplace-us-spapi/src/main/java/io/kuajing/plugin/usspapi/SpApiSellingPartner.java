package io.kuajing.plugin.usspapi;

import java.util.Map;

import io.kuajing.plugin.sellingpartner.AmazonStore;
import io.kuajing.plugin.sellingpartner.SellingPartnerChannel;

/**
 * amazon.com as a sales CHANNEL through the Selling Partner API (the shared client, {@link SellingPartnerChannel}):
 * prices in USD to the cent, package weights in pounds, the North America endpoint. Settings
 * ({@code kuajing.plugins.settings.us-spapi.*}): {@code base-url}, {@code seller-id}, {@code access-token}.
 */
public final class SpApiSellingPartner extends SellingPartnerChannel {

    static final String ID = "us-spapi";

    public SpApiSellingPartner() {
        // Amazon's carrier codes for the Kuajing carriers that hand parcels to a US buyer.
        super(ID, "US marketplace (Selling Partner API)", AmazonStore.US,
                Map.of("postal-ems", "China Post", "fengchi-express", "SF Express"));
    }
}
