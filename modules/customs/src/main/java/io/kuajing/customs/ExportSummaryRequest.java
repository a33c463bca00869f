package io.kuajing.customs;

import java.time.YearMonth;

/**
 * A summary declaration (汇总申报, CEB701) asked for one vendor and one month: the customs office its lists were
 * declared at, the broker who declares the summary (申报单位 and 报关单位 alike) and the vendor (收发货人, the ebc of its
 * type-B lists). Customs gathers the vendor's type-B lists it concluded that month, China time, and not summarised
 * before.
 */
public record ExportSummaryRequest(String customsCode, Company broker, Company vendor, YearMonth month) {
}
