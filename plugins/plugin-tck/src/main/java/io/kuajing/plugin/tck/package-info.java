/**
 * The plugin conformance kit (TCK): JUnit 5 contracts a plugin author extends in the plugin's own tests, and the
 * helpers they share: a recording, replaying {@link io.kuajing.plugin.HttpTransport}, a test
 * {@link io.kuajing.plugin.PluginContext}, fixture files in HTTP message form, and a scan for leaked secrets.
 * Carrier contracts live in {@code io.kuajing.plugin.tck.carrier}, marketplace ones in
 * {@code io.kuajing.plugin.tck.marketplace}.
 */
package io.kuajing.plugin.tck;
