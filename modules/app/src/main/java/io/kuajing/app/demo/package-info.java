/**
 * Demo carriers: in-process simulations of the three reference carriers' remote services (AeroLink, Fengchi
 * Express, the post office), each speaking exactly the wire format its plugin speaks, on 127.0.0.1, with parcels
 * that travel in accelerated simulated time. They let {@code java -jar kuajing.jar demo} and end-to-end tests run
 * the real plugin JARs with no internet. Not used in production: nothing starts them unless asked.
 *
 * @see io.kuajing.app.demo.CarrierSimulatorsTest
 */
package io.kuajing.app.demo;
