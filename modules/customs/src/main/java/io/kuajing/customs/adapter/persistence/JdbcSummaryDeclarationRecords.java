package io.kuajing.customs.adapter.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import io.kuajing.customs.domain.declaration.Filing;
import io.kuajing.customs.domain.declaration.FilingStatus;
import io.kuajing.customs.domain.declaration.SummaryDeclaration;
import io.kuajing.customs.domain.declaration.SummaryDeclarationRecords;
import jakarta.inject.Singleton;

/** Summary declarations in customs_export_summary; the lists they sum up in customs_export_declaration. */
@Singleton
class JdbcSummaryDeclarationRecords implements SummaryDeclarationRecords {

    private static final String COLUMNS = "cop_no, ebc_code, period, status, pre_no, sum_no, reason";

    private final Sql sql;

    JdbcSummaryDeclarationRecords(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<SummarisableList> unsummarised(String ebcCode, Instant from, Instant until) {
        return sql.query("SELECT order_no, invt_no FROM customs_export_declaration WHERE summary_ebc_code = ?"
                        + " AND status = 'ACCEPTED' AND accepted_at >= ? AND accepted_at < ? AND summary_cop_no IS NULL"
                        + " ORDER BY accepted_at, order_no FOR UPDATE",
                rs -> new SummarisableList(rs.getString(1), rs.getString(2)), ebcCode, from, until);
    }

    @Override
    public void add(SummaryDeclaration s, Instant now) {
        sql.update("INSERT INTO customs_export_summary (" + COLUMNS + ", declared_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", s.copNo(), s.ebcCode(), s.month().toString(), s.status(),
                s.preNo(), s.sumNo(), s.reason(), now, now);
    }

    @Override
    public int summarise(String copNo, List<String> orderNos) {
        String marks = String.join(", ", Collections.nCopies(orderNos.size(), "?"));
        Object[] parameters = new Object[orderNos.size() + 1];
        parameters[0] = copNo;
        for (int i = 0; i < orderNos.size(); i++) {
            parameters[i + 1] = orderNos.get(i);
        }
        return sql.update("UPDATE customs_export_declaration SET summary_cop_no = ? WHERE summary_cop_no IS NULL"
                + " AND order_no IN (" + marks + ")", parameters);
    }

    @Override
    public Optional<SummaryDeclaration> find(String copNo) {
        return sql.one("SELECT " + COLUMNS + " FROM customs_export_summary WHERE cop_no = ?",
                JdbcSummaryDeclarationRecords::summary, copNo);
    }

    @Override
    public Optional<SummaryDeclaration> lock(String copNo) {
        return sql.one("SELECT " + COLUMNS + " FROM customs_export_summary WHERE cop_no = ? FOR UPDATE",
                JdbcSummaryDeclarationRecords::summary, copNo);
    }

    @Override
    public void update(SummaryDeclaration s, Instant now) {
        sql.update("UPDATE customs_export_summary SET status = ?, pre_no = ?, sum_no = ?, reason = ?, updated_at = ?"
                + " WHERE cop_no = ?", s.status(), s.preNo(), s.sumNo(), s.reason(), now, s.copNo());
    }

    @Override
    public List<SummarisableList> lists(String copNo) {
        return sql.query("SELECT order_no, invt_no FROM customs_export_declaration WHERE summary_cop_no = ?"
                        + " ORDER BY accepted_at, order_no",
                rs -> new SummarisableList(rs.getString(1), rs.getString(2)), copNo);
    }

    private static SummaryDeclaration summary(ResultSet rs) throws SQLException {
        return new SummaryDeclaration(rs.getString("cop_no"), rs.getString("ebc_code"),
                YearMonth.parse(rs.getString("period")), new Filing(FilingStatus.valueOf(rs.getString("status")),
                rs.getString("pre_no"), rs.getString("reason")), rs.getString("sum_no"));
    }
}
