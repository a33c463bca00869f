package io.kuajing.customs;

import java.util.List;

/**
 * One summary declaration (CEB701) as written for the single window: our number (copNo), the customs office, the
 * broker, the vendor and the inventory lists (invtNo) it sums up.
 */
public record ExportSummary(String customsCode, String copNo, Company broker, Company vendor, List<String> invtNos) {

    public ExportSummary {
        invtNos = List.copyOf(invtNos);
    }
}
