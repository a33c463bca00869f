package io.kuajing.export.domain;

import java.util.Optional;

import org.jmolecules.ddd.annotation.Repository;

/** The buyers' addresses of export orders, kept beside the order they came with. */
@Repository
public interface ShipToAddresses {

    /** Keeps the address of a new order (an order's address is kept once, with the order). */
    void keep(String orderNo, ShipToAddress address);

    Optional<ShipToAddress> addressOf(String orderNo);
}
