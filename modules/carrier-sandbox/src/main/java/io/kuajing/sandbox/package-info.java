/**
 * The carrier sandbox: in-process simulations of the three reference carriers' remote services (AeroLink, Fengchi
 * Express, the post office) and of the US marketplace's Selling Partner API (listings, orders, shipment
 * confirmations: {@link io.kuajing.sandbox.SimulatedSellingPartner}), each speaking exactly the wire format its
 * plugin speaks, on 127.0.0.1, with parcels
 * that travel in accelerated simulated time. They let {@code java -jar kuajing.jar demo} and end-to-end tests run
 * the real plugin JARs with no internet. A module of its own so {@code app} stays wiring, security and the plugin
 * host; it knows none of Kuajing's modules, only the carriers' and the marketplace's wire formats. Not used in production: nothing starts
 * them unless asked. The app's {@code CarrierSimulatorsTest} drives the real plugin JARs against them.
 */
package io.kuajing.sandbox;
