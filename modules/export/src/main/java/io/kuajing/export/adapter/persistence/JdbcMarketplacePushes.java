package io.kuajing.export.adapter.persistence;

import java.util.List;
import java.util.Optional;

import io.kuajing.export.domain.MarketplacePush;
import io.kuajing.export.domain.MarketplacePushes;
import io.kuajing.export.domain.VendorId;
import jakarta.inject.Singleton;

/** The pushes in export_marketplace_push; a shipment confirmation also fills shipment_of, unique per order. */
@Singleton
class JdbcMarketplacePushes implements MarketplacePushes {

    private final PushRows rows;

    JdbcMarketplacePushes(PushRows rows) {
        this.rows = rows;
    }

    @Override
    public MarketplacePush add(MarketplacePush p) {
        long id = rows.save(PushRow.of(p)).id();
        return new MarketplacePush(id, p.marketplace(), p.kind(), p.vendor(), p.sku(), p.orderNo(), p.price(), p.stock(),
                p.carrier(), p.trackingNumber(), p.pushedAt(), p.pushedBy(), p.conversion());
    }

    @Override
    public Optional<MarketplacePush> shipmentOf(String orderNo) {
        return rows.findByShipmentOf(orderNo).map(PushRow::push);
    }

    @Override
    public List<MarketplacePush> ofVendor(VendorId vendor, int limit) {
        return rows.latestOfVendor(vendor.value(), limit).stream().map(PushRow::push).toList();
    }
}
