package io.kuajing.plugin;

/**
 * What a plugin can do. A plugin declares the capabilities it implements; the host checks the declaration
 * against the plugin's type, and calls outside them fail with {@link UnsupportedOperation}.
 */
public enum Capability {
    // Carriers
    /** Quote shipping rates. */
    RATE,
    /** Create a shipment and get a waybill number and label. */
    SHIP,
    /** Cancel a shipment. */
    CANCEL,
    /** Report tracking events. */
    TRACK,
    /** Book a pickup. */
    PICKUP,
    /** Provide the waybill data customs needs (CEB511). */
    CUSTOMS_FILING,

    // Marketplaces
    /** Page through the marketplace's catalogue. */
    CATALOG,
    /** Offers (price, stock, seller, ship-from) for external references. */
    OFFERS,
    /** Create or update a listing on a sales channel, idempotently by SKU. */
    LISTINGS,
    /** Push price and stock to a sales channel. */
    PRICE_STOCK,
    /** Pull orders placed on a sales channel. */
    CHANNEL_ORDERS,
    /** Confirm shipment of a channel order. */
    SHIPMENT_CONFIRMATION
}
