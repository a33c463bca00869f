package io.kuajing.customs;

import java.util.Optional;

/**
 * Summary declarations (汇总申报, CEB701) of type-B export inventory lists: what a vendor who claims the VAT export
 * refund declares its 9610 parcels' lists with, once a month. Each concluded list is summed up once.
 */
public interface ExportSummaries {

    /**
     * Gathers the vendor's type-B lists customs concluded in the month and no summary named yet, writes, signs and
     * checks their CEB701 and keeps it with the lists marked summarised, in one transaction; sent after commit.
     *
     * @throws io.kuajing.kernel.RuleViolation {@code month} / {@code nothing-to-summarise} when no such list is left
     *                                         (a second call for the same month), or the field customs would refuse
     */
    ExportSummaryView summarise(ExportSummaryRequest request);

    Optional<ExportSummaryView> summary(String copNo);
}
