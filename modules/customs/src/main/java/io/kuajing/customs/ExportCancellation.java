package io.kuajing.customs;

/**
 * Withdrawing an export inventory list customs accepted (撤销申请单, CEB605): the customs office, our number for the
 * request, the list's number customs gave it, why, the broker who declared it and the vendor.
 */
public record ExportCancellation(String customsCode, String copNo, String invtNo, String reason, Company agent,
                                 Company vendor) {
}
