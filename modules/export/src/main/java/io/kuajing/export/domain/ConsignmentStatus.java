package io.kuajing.export.domain;

/** Where a consignment is with customs: recorded, declared (customs concluded its list), refused (with customs' note). */
public enum ConsignmentStatus {
    RECORDED, DECLARED, REFUSED
}
