package io.kuajing.customs;

/**
 * Reporting 9610 parcels to customs after their declaration: their arrival at the export supervision site (运抵单,
 * CEB507) and their departure from the country (离境单, CEB509). Each report is numbered (our copNo), written, signed,
 * checked against customs' export schema and kept in one transaction, to be sent after commit through the single
 * window, as a declaration's messages are.
 */
public interface ExportReports {

    /**
     * @param arrival its copNo is ignored: customs numbers the report
     * @return the report's number (copNo)
     * @throws io.kuajing.kernel.RuleViolation naming the first field customs would refuse; nothing is kept then
     */
    String arrived(ExportArrival arrival);

    /**
     * @param departure its copNo is ignored: customs numbers the report
     * @return the report's number (copNo)
     * @throws io.kuajing.kernel.RuleViolation naming the first field customs would refuse; nothing is kept then
     */
    String departed(ExportDeparture departure);
}
