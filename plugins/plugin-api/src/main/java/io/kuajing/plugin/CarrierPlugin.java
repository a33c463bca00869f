package io.kuajing.plugin;

/**
 * A carrier: moves parcels along lanes (overseas warehouse to a Chinese port, bonded warehouse to the consumer,
 * port to the consumer). Implementations must be safe to call from several threads.
 */
public interface CarrierPlugin extends Plugin {
}
