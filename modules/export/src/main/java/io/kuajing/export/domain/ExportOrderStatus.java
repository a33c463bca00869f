package io.kuajing.export.domain;

/** Where an export order is: received from the marketplace; declared to customs (9610); shipped to the buyer. */
public enum ExportOrderStatus {
    RECEIVED, DECLARED, SHIPPED
}
