package io.kuajing.customs;

import java.util.List;

/**
 * A summary declaration kept by customs: our number (copNo), the vendor's customs code, the month (yyyy-MM), where
 * customs is with it (DECLARED, ACCEPTED, REJECTED), customs' numbers once given (preNo, sumNo), customs' reason of a
 * refusal, and the export orders whose lists it sums up with each list's number.
 */
public record ExportSummaryView(String copNo, String vendorCode, String month, String status, String preNo,
                                String sumNo, String reason, List<SummarisedList> lists) {

    public ExportSummaryView {
        lists = List.copyOf(lists);
    }

    /** One summed-up list: the export order it declared and the number customs gave it. */
    public record SummarisedList(String orderNo, String invtNo) {
    }
}
