/**
 * The {@code demo} command: the whole business on the embedded database, against the simulated carriers of
 * {@link io.kuajing.sandbox.CarrierSimulators} (module {@code carrier-sandbox}).
 */
package io.kuajing.app.demo;
