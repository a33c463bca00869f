package io.kuajing.purchase.domain;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** How many units the source of a pool reports now: the bonded book's stock, the marketplace offer's. 0 when unknown. */
@SecondaryPort
public interface StockLevels {

    int onHand(StockPool pool);
}
