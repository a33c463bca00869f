package io.kuajing.logistics.domain;

/** What a warehouse is for, which decides the fulfilment mode it serves. */
public enum WarehouseKind {
    /** Abroad: direct mail (9610). */
    OVERSEAS,
    /** In a Chinese bonded zone: flash purchase (1210). */
    BONDED,
    /** In China, duty paid: direct purchase (0110). */
    DOMESTIC,
    /** The customs-supervised site at a port of entry, where direct-mail line haul hands over to the last mile. */
    PORT
}
