package io.kuajing.catalog.adapter.persistence;

import java.time.Instant;
import java.util.Optional;

import io.kuajing.catalog.domain.SeededReference;
import jakarta.inject.Singleton;

/**
 * The translation files' row in {@code catalog_reference_seed}, in plain JDBC rather than a generated repository: at a
 * restart this read is the catalogue's only statement on the start's thread, and a first repository call there costs
 * 0.4-0.9 s of cold framework code (docs/performance.md), which the first request that needs it pays instead.
 */
@Singleton
class JdbcSeededReference implements SeededReference {

    /** The translation files' row (the table is keyed by name, one row per seed). */
    static final String TRANSLATIONS = "translations-zh-CN";

    private final Jdbc jdbc;

    JdbcSeededReference(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> digest() {
        return jdbc.query("SELECT digest FROM catalog_reference_seed WHERE name = ?", rs -> rs.getString(1), TRANSLATIONS)
                .stream().findFirst();
    }

    @Override
    public void record(String digest, Instant now) {
        jdbc.write(connection -> {
            try (var ps = connection.prepareStatement("INSERT INTO catalog_reference_seed (name, digest, seeded_at)"
                    + " VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE digest = VALUES(digest), seeded_at = VALUES(seeded_at)")) {
                Jdbc.bind(ps, TRANSLATIONS, digest, UtcTime.text(now));
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void forget() {
        jdbc.write(connection -> {
            try (var ps = connection.prepareStatement("DELETE FROM catalog_reference_seed WHERE name = ?")) {
                Jdbc.bind(ps, TRANSLATIONS);
                return ps.executeUpdate();
            }
        });
    }
}
