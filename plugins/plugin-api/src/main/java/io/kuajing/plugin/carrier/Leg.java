package io.kuajing.plugin.carrier;

/** Which part of a parcel's trip a carrier service covers. */
public enum Leg {
    /** Overseas warehouse to a Chinese port of entry (international line haul, usually air). */
    LINE_HAUL,
    /** Within China to the consumer: from a port after clearance, a bonded or a domestic warehouse. */
    LAST_MILE,
    /** Door to door across the border in one waybill (postal EMS). */
    END_TO_END
}
