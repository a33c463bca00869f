package io.kuajing.export.adapter.persistence;

import java.util.Optional;

import io.kuajing.export.domain.ShipToAddress;
import io.kuajing.export.domain.ShipToAddresses;
import jakarta.inject.Singleton;

/** Buyers' addresses in export_order_ship_to, one per export order. */
@Singleton
class JdbcShipToAddresses implements ShipToAddresses {

    private final ShipToRows rows;

    JdbcShipToAddresses(ShipToRows rows) {
        this.rows = rows;
    }

    @Override
    public void keep(String orderNo, ShipToAddress address) {
        rows.save(ShipToRow.of(orderNo, address));
    }

    @Override
    public Optional<ShipToAddress> addressOf(String orderNo) {
        return rows.findById(orderNo).map(ShipToRow::address);
    }
}
