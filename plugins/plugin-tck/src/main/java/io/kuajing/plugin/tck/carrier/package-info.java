/**
 * The carrier contract: extend {@link io.kuajing.plugin.tck.carrier.CarrierPluginContract} in a carrier plugin's
 * tests, point it at the plugin, its settings, a simulator of the carrier's service and a fixture folder.
 */
package io.kuajing.plugin.tck.carrier;
