package io.kuajing.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Arrived 9610 parcels that left the country (离境): by SEA or AIR, the vessel's or flight's name (may be null), the
 * voyage or flight number, the bill of lading or air waybill they travel under, when they left, and their waybill
 * numbers.
 */
public record ParcelDeparture(String transport, String transportName, String voyageNo, String billNo, Instant leftAt,
                              List<String> waybillNos) {

    /** The list may hold nulls: the rules name them, field by field. */
    public ParcelDeparture {
        waybillNos = waybillNos == null ? null : Collections.unmodifiableList(new ArrayList<>(waybillNos));
    }
}
