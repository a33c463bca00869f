package io.kuajing.plugin;

/** What a plugin can do. A plugin declares the capabilities it implements; calls outside them fail with {@link UnsupportedOperation}. */
public enum Capability {
    /** Quote shipping rates. */
    RATE,
    /** Create a shipment and get a waybill number. */
    SHIP,
    /** Cancel a shipment. */
    CANCEL,
    /** Report tracking events. */
    TRACK
}
