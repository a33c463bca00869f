/**
 * The Kuajing plugin SPI: what a carrier or marketplace plugin implements and the data it exchanges with
 * the host. Plain Java 17 with no dependency at all, so a plugin built against SPI version N keeps working
 * in any host that supports N, whatever framework the host runs on.
 *
 * <p>A plugin is a JAR that declares its implementation in {@code META-INF/services/io.kuajing.plugin.CarrierPlugin}
 * (java.util.ServiceLoader). The host gives every plugin JAR its own class loader; only this package and the
 * JDK are shared with it.
 */
package io.kuajing.plugin;
