package io.kuajing.logistics.application;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Carriers' tracking pushes, as this module's push endpoint hands them in. */
@PrimaryPort
public interface TrackingPushes {

    /**
     * Applies a carrier's pushed tracking events.
     *
     * @return how many events were new
     * @throws io.kuajing.logistics.domain.CarrierFailure when the push cannot be read; nothing is applied then
     */
    int applyPush(String carrierId, byte[] body);
}
