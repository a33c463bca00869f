package io.kuajing.logistics.domain;

/** How the carrier's courier comes for a booked parcel (揽收). */
public enum Collection {
    /** As the carrier usually does once booked. */
    USUAL,
    /** Not yet: the parcel is under bond until customs releases it; the courier is called then. */
    ON_RELEASE,
    /** Released and the courier called. */
    CALLED,
    /** Released, but the carrier refused the call for good (not served there ...): operations arrange it. */
    CALL_REFUSED
}
