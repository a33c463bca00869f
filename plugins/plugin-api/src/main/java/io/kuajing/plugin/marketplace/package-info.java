/**
 * The marketplace side of the plugin SPI: {@link io.kuajing.plugin.marketplace.MarketplacePlugin} and the data it
 * exchanges with the host. A SOURCE marketplace is where Kuajing buys (catalogue pages and offers); a CHANNEL is
 * where Kuajing sells (listings, price and stock, channel orders, shipment confirmation). Plain Java 17, shared
 * with every plugin class loader by the host, like {@code io.kuajing.plugin}.
 *
 * <p>A plugin declares its implementation in {@code META-INF/services/io.kuajing.plugin.marketplace.MarketplacePlugin}.
 */
package io.kuajing.plugin.marketplace;
