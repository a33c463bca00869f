package io.kuajing.export.domain;

/**
 * Where an export order is: received from the marketplace; declared to customs (9610) or refused by customs (its
 * parcel's declaration, with customs' note); shipped to the buyer.
 */
public enum ExportOrderStatus {
    RECEIVED, DECLARED, REFUSED, SHIPPED
}
