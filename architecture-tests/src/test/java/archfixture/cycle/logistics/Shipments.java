package archfixture.cycle.logistics;

import archfixture.cycle.customs.Declarations;

/** ... and logistics -> customs. */
public interface Shipments {
    void ship(Declarations declarations);
}
