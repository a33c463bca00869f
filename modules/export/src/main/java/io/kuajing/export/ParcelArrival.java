package io.kuajing.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Declared 9610 parcels brought to the export supervision site (运抵): the site's operator (its customs or USCC code
 * and name), the site's code where the office has several (may be null), the vehicle that brought them (e.g. the
 * truck's plate) and the parcels' waybill numbers.
 */
public record ParcelArrival(String siteOperatorCode, String siteOperatorName, String siteCode, String vehicle,
                            List<String> waybillNos) {

    /** The list may hold nulls: the rules name them, field by field. */
    public ParcelArrival {
        waybillNos = waybillNos == null ? null : Collections.unmodifiableList(new ArrayList<>(waybillNos));
    }
}
