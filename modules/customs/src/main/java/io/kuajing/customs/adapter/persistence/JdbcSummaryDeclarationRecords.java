package io.kuajing.customs.adapter.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.kuajing.customs.domain.declaration.SummaryDeclaration;
import io.kuajing.customs.domain.declaration.SummaryDeclarationRecords;
import io.kuajing.platform.UtcTime;
import jakarta.inject.Singleton;

/** Summary declarations in customs_export_summary; the lists they sum up in customs_export_declaration. */
@Singleton
class JdbcSummaryDeclarationRecords implements SummaryDeclarationRecords {

    private final ExportSummaryRows summaries;
    private final ExportDeclarationRows lists;

    JdbcSummaryDeclarationRecords(ExportSummaryRows summaries, ExportDeclarationRows lists) {
        this.summaries = summaries;
        this.lists = lists;
    }

    @Override
    public List<SummarisableList> unsummarised(String ebcCode, Instant from, Instant until) {
        return lists.lockUnsummarised(ebcCode, UtcTime.of(from), UtcTime.of(until)).stream()
                .map(JdbcSummaryDeclarationRecords::summarisable).toList();
    }

    @Override
    public void add(SummaryDeclaration s, Instant now) {
        summaries.save(ExportSummaryRow.of(s, UtcTime.of(now)));
    }

    @Override
    public int summarise(String copNo, List<String> orderNos) {
        return lists.summarise(copNo, orderNos);
    }

    @Override
    public Optional<SummaryDeclaration> find(String copNo) {
        return summaries.findById(copNo).map(ExportSummaryRow::summary);
    }

    @Override
    public Optional<SummaryDeclaration> lock(String copNo) {
        return summaries.lock(copNo).map(ExportSummaryRow::summary);
    }

    @Override
    public void update(SummaryDeclaration s, Instant now) {
        summaries.updateState(s.copNo(), s.status().name(), s.preNo(), s.sumNo(), s.reason(), UtcTime.of(now));
    }

    @Override
    public List<SummarisableList> lists(String copNo) {
        return lists.summarisedBy(copNo).stream().map(JdbcSummaryDeclarationRecords::summarisable).toList();
    }

    private static SummarisableList summarisable(ExportDeclarationRow row) {
        return new SummarisableList(row.orderNo(), row.invtNo());
    }
}
