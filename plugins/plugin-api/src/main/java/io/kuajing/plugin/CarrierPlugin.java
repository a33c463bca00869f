package io.kuajing.plugin;

/**
 * A carrier: moves parcels along lanes (overseas warehouse to a Chinese port, bonded warehouse to the consumer,
 * port to the consumer). Implementations must be safe to call from several threads and must not do network
 * I/O while being constructed or described.
 */
public interface CarrierPlugin {

    /** Who this carrier plugin is and what it declares it can do. Cheap and side-effect free. */
    PluginDescriptor descriptor();
}
