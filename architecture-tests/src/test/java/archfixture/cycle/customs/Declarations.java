package archfixture.cycle.customs;

import archfixture.cycle.logistics.Shipments;

/** Planted: customs -> logistics ... */
public interface Declarations {
    void declare(Shipments shipments);
}
