/**
 * The bridge from the domain's {@link io.kuajing.logistics.domain.CarrierGateway} to the carrier plugins the app
 * loaded ({@code Extensions.all(CarrierPlugin.class)}): canonical SPI types in and out, every call on an executor
 * with a deadline, a bulkhead and a circuit breaker per carrier, so a hanging or throwing plugin costs a failed call,
 * never a blocked request or a crashed app.
 */
@SecondaryAdapter
package io.kuajing.logistics.adapter.carrier;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
