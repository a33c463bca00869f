package io.kuajing.plugin.carrier;

/** Why a parcel is in an exception or delayed status, in canonical words. */
public enum TrackingReason {
    ADDRESS_INCORRECT,
    CONSIGNEE_UNAVAILABLE,
    CONSIGNEE_REFUSED,
    CUSTOMS_ID_MISMATCH,
    CUSTOMS_DOCUMENTS_MISSING,
    CUSTOMS_INSPECTION,
    CUSTOMS_DUTY_UNPAID,
    PROHIBITED_GOODS,
    DAMAGED,
    LOST,
    WEATHER,
    CARRIER_DELAY,
    OTHER
}
