package archfixture.unmapped.customs;

import archfixture.unmapped.logistics.ShipmentBooked;

/**
 * Planted: customs reads logistics' published event. Through logistics' API package and with no edge back, so the
 * API, direction and cycle rules all let it pass; only the module map knows customs uses no other domain module.
 */
public interface Clearance {
    void clear(ShipmentBooked booked);
}
