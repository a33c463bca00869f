package io.kuajing.catalog.adapter.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.kuajing.catalog.domain.ImportProgress;
import io.kuajing.catalog.domain.ImportRun;
import io.kuajing.catalog.domain.ImportRuns;
import io.kuajing.catalog.domain.Rejection;
import jakarta.inject.Singleton;

/** Import runs in catalog_import_run, rejected rows in catalog_import_rejection. */
@Singleton
class JdbcImportRuns implements ImportRuns {

    private static final String COLUMNS = "id, marketplace, status, started_by, started_at, finished_at, seen, created, "
            + "updated, unchanged, rejected, error, withdrawn";

    private final Jdbc jdbc;

    JdbcImportRuns(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public ImportRun start(String marketplace, String startedBy, Instant now) {
        long id = jdbc.write(connection -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO catalog_import_run (marketplace, status, "
                    + "started_by, started_at) VALUES (?, 'RUNNING', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                Jdbc.bind(ps, marketplace, startedBy, now);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        });
        return find(id).orElseThrow();
    }

    @Override
    public void record(long runId, ImportProgress page, List<Rejection> rejections) {
        jdbc.update("UPDATE catalog_import_run SET seen = seen + ?, created = created + ?, updated = updated + ?,"
                        + " unchanged = unchanged + ?, rejected = rejected + ?, withdrawn = withdrawn + ? WHERE id = ?",
                page.seen(), page.created(), page.updated(), page.unchanged(), page.rejected(), page.withdrawn(), runId);
        if (rejections.isEmpty()) {
            return;
        }
        jdbc.write(connection -> {
            Jdbc.insertRows(connection, "INSERT INTO catalog_import_rejection (run_id, ref, code, reason) VALUES ", 4, "",
                    rejections, (ps, i, r) -> {
                        ps.setLong(i++, runId);
                        ps.setString(i++, cut(r.ref(), 200));
                        ps.setString(i++, cut(r.code(), 63));
                        ps.setString(i++, cut(r.reason(), 1000));
                        return i;
                    });
            return null;
        });
    }

    @Override
    public void finish(long runId, ImportRun.Status status, String error, Instant now) {
        jdbc.update("UPDATE catalog_import_run SET status = ?, error = ?, finished_at = ? WHERE id = ?",
                status.name(), cut(error, 1000), now, runId);
    }

    @Override
    public Optional<ImportRun> find(long runId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM catalog_import_run WHERE id = ?", JdbcImportRuns::run, runId)
                .stream().findFirst();
    }

    @Override
    public List<ImportRun> recent(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM catalog_import_run ORDER BY id DESC LIMIT ?", JdbcImportRuns::run, limit);
    }

    @Override
    public List<Rejection> rejections(long runId, int offset, int limit) {
        return jdbc.query("SELECT ref, code, reason FROM catalog_import_rejection WHERE run_id = ? ORDER BY id LIMIT ? OFFSET ?",
                rs -> new Rejection(rs.getString(1), rs.getString(2), rs.getString(3)), runId, limit, offset);
    }

    private static ImportRun run(ResultSet rs) throws SQLException {
        return new ImportRun(rs.getLong(1), rs.getString(2), ImportRun.Status.valueOf(rs.getString(3)), rs.getString(4),
                Jdbc.instant(rs.getTimestamp(5)), Jdbc.instant(rs.getTimestamp(6)),
                new ImportProgress(rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(13)),
                rs.getString(12));
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
