package io.kuajing.export.domain;

/**
 * Where an export order is: received from the marketplace; declared to customs (9610) or refused by customs (its
 * parcel's declaration, with customs' note); its parcel arrived at the export supervision site and departed the
 * country (both reported to customs); shipped to the buyer (its marketplace told the tracking number).
 */
public enum ExportOrderStatus {
    RECEIVED, DECLARED, REFUSED, ARRIVED, DEPARTED, SHIPPED, WITHDRAWN
}
