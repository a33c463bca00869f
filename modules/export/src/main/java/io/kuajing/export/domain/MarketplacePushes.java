package io.kuajing.export.domain;

import java.util.List;
import java.util.Optional;

import org.jmolecules.ddd.annotation.Repository;

/** The record of what marketplaces were told (listings, prices and stock, shipment confirmations). */
@Repository
public interface MarketplacePushes {

    /** Keeps the push (its id is ignored) and returns it with the id it was given. */
    MarketplacePush add(MarketplacePush push);

    /** The shipment confirmation sent for an export order, if one was. */
    Optional<MarketplacePush> shipmentOf(String orderNo);

    /** The vendor's first {@code limit} pushes, the latest first. */
    List<MarketplacePush> ofVendor(VendorId vendor, int limit);
}
