package io.kuajing.export.adapter.persistence;

import io.kuajing.export.domain.ShipToAddress;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A row of {@code export_order_ship_to}: the buyer's address of one export order. */
@MappedEntity("export_order_ship_to")
record ShipToRow(@Id String orderNo, String name, @Nullable String phone, String street, @Nullable String city,
                 @Nullable String region, @Nullable String postalCode, String country) {

    static ShipToRow of(String orderNo, ShipToAddress a) {
        return new ShipToRow(orderNo, a.name(), a.phone(), a.street(), a.city(), a.region(), a.postalCode(), a.country());
    }

    ShipToAddress address() {
        return new ShipToAddress(name, phone, street, city, region, postalCode, country);
    }

    @Override
    public String toString() {
        return "ShipToRow[" + orderNo + ", " + address() + "]";
    }
}
