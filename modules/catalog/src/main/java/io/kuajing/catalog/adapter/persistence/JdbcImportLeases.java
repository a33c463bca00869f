package io.kuajing.catalog.adapter.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

import io.kuajing.catalog.domain.ImportLeases;
import jakarta.inject.Singleton;

/**
 * Leases in catalog_import_lease. Taking one is a locking read of the marketplace's row then an insert or a
 * conditional update in the same transaction: two instances asking at once serialize on the row (or on the primary
 * key for the first insert), so exactly one wins.
 */
@Singleton
class JdbcImportLeases implements ImportLeases {

    private final Jdbc jdbc;

    JdbcImportLeases(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Taken> take(String marketplace, String holder, Instant now, Instant until) {
        return jdbc.write(connection -> {
            try (PreparedStatement read = connection.prepareStatement(
                    "SELECT expires_at, run_id FROM catalog_import_lease WHERE marketplace = ? FOR UPDATE")) {
                Jdbc.bind(read, marketplace);
                try (ResultSet rs = read.executeQuery()) {
                    if (!rs.next()) {
                        try (PreparedStatement insert = connection.prepareStatement(
                                "INSERT INTO catalog_import_lease (marketplace, holder, expires_at) VALUES (?, ?, ?)")) {
                            Jdbc.bind(insert, marketplace, holder, until);
                            insert.executeUpdate();
                        }
                        return Optional.of(new Taken(null));
                    }
                    if (Jdbc.instant(rs.getTimestamp(1)).isAfter(now)) {
                        return Optional.empty();
                    }
                    long left = rs.getLong(2);
                    Long abandoned = rs.wasNull() ? null : left;
                    try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE catalog_import_lease SET holder = ?, run_id = NULL, expires_at = ? WHERE marketplace = ?")) {
                        Jdbc.bind(update, holder, until, marketplace);
                        update.executeUpdate();
                    }
                    return Optional.of(new Taken(abandoned));
                }
            }
        });
    }

    @Override
    public void forRun(String marketplace, String holder, long runId) {
        jdbc.update("UPDATE catalog_import_lease SET run_id = ? WHERE marketplace = ? AND holder = ?", runId, marketplace, holder);
    }

    @Override
    public boolean renew(String marketplace, String holder, Instant until) {
        return jdbc.update("UPDATE catalog_import_lease SET expires_at = ? WHERE marketplace = ? AND holder = ?",
                until, marketplace, holder) == 1;
    }

    @Override
    public void release(String marketplace, String holder) {
        jdbc.update("DELETE FROM catalog_import_lease WHERE marketplace = ? AND holder = ?", marketplace, holder);
    }
}
