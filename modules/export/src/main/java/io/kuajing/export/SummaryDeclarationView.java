package io.kuajing.export;

import java.util.List;

/**
 * A monthly summary declaration (汇总申报) of a refund-claiming vendor's 9610 lists, as customs keeps it: its number,
 * the vendor's customs code, the month (yyyy-MM), DECLARED / ACCEPTED / REJECTED, customs' numbers once given (preNo,
 * sumNo: what the vendor's declaration form and refund claim refer to), customs' note of a refusal, and the orders
 * whose lists it sums up with each list's number (invtNo).
 */
public record SummaryDeclarationView(String summaryNo, String vendorCustomsCode, String month, String status,
                                     String customsPreNo, String customsSumNo, String customsNote,
                                     List<SummarisedList> lists) {

    public SummaryDeclarationView {
        lists = List.copyOf(lists);
    }

    /** One summed-up inventory list: the export order it declared and customs' list number. */
    public record SummarisedList(String orderNo, String invtNo) {
    }
}
