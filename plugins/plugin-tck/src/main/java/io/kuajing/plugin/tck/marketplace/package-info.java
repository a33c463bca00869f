/**
 * Marketplace plugin conformance: {@link io.kuajing.plugin.tck.marketplace.MarketplacePluginContract}, extended by
 * each marketplace plugin's tests, and {@link io.kuajing.plugin.tck.marketplace.IsolatedPluginLoader}, which loads a
 * plugin the way the host does (its own class loader sharing only the JDK and the SPI packages).
 */
package io.kuajing.plugin.tck.marketplace;
