package io.kuajing.platform.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import com.zaxxer.hikari.HikariDataSource;
import io.kuajing.platform.ModuleSchema;
import io.kuajing.platform.testing.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Flyway is skipped only when every packaged migration is in the history, and a migration added later (here: to a
 * module already migrated) is still applied; on both databases the app runs on, from a folder (tests, the IDE) and
 * from a JAR (the distribution).
 */
class ModuleMigrationsTest {

    private static final List<ModuleSchema> SCHEMAS = List.of(new ModuleSchema("migtesta"), new ModuleSchema("migtestb"));

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}, migrations in a {1}")
    @CsvSource({"h2, folder", "h2, jar", "mysql, folder", "mysql, jar"})
    void skipsFlywayWhenNothingIsPendingAndAppliesANewMigration(String database, String packaging) throws Exception {
        try (HikariDataSource dataSource = dataSource(database)) {
            write("migtesta/V1__first.sql", "CREATE TABLE migtesta_first (id INT PRIMARY KEY)");
            write("migtestb/V1__first.sql", "CREATE TABLE migtestb_first (id INT PRIMARY KEY)");
            write("migtestb/V1_1__second.sql", "CREATE TABLE migtestb_second (id INT PRIMARY KEY)");
            write("migtestb/README.md", "Flyway reads SQL files only.");

            assertTrue(migrate(dataSource, packaging), "a fresh database is migrated");
            assertFalse(migrate(dataSource, packaging), "nothing pending: Flyway is not started");

            write("migtesta/V2__later.sql", "CREATE TABLE migtesta_later (id INT PRIMARY KEY)");
            assertTrue(migrate(dataSource, packaging), "a new migration is pending");
            assertEquals(0, rows(dataSource, "migtesta_later"), "the new migration ran");
            assertFalse(migrate(dataSource, packaging));
        }
    }

    private boolean migrate(HikariDataSource dataSource, String packaging) throws IOException {
        Path classes = packaging.equals("jar") ? jar() : folder.resolve("classes");
        // A fresh loader each time, as a new release would be; its parent lends Flyway its own classes.
        try (var loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
            return ModuleMigrations.migrate(dataSource, SCHEMAS, loader);
        }
    }

    private void write(String migration, String sql) throws IOException {
        Path file = folder.resolve("classes/db/migration").resolve(migration);
        Files.createDirectories(file.getParent());
        Files.writeString(file, sql);
    }

    private Path jar() throws IOException {
        Path jar = folder.resolve("migrations-" + UUID.randomUUID() + ".jar");
        Path classes = folder.resolve("classes");
        try (var out = new JarOutputStream(Files.newOutputStream(jar)); var files = Files.walk(classes)) {
            // With the folders' own entries, as in a built JAR: a class loader finds db/migration by its entry.
            for (Path file : files.filter(file -> !file.equals(classes)).toList()) {
                String name = classes.relativize(file).toString().replace('\\', '/');
                boolean isFolder = Files.isDirectory(file);
                out.putNextEntry(new JarEntry(isFolder ? name + "/" : name));
                if (!isFolder) {
                    out.write(Files.readAllBytes(file));
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    private static HikariDataSource dataSource(String database) {
        HikariDataSource dataSource = new HikariDataSource();
        if (database.equals("h2")) {
            // As the app's embedded database is opened (application.yml).
            dataSource.setJdbcUrl("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        } else {
            Map<String, String> properties = TestDatabase.freshDatabaseProperties();
            dataSource.setJdbcUrl(properties.get("datasources.default.url"));
            dataSource.setUsername(properties.get("datasources.default.username"));
            dataSource.setPassword(properties.get("datasources.default.password"));
        }
        dataSource.setMaximumPoolSize(2);
        return dataSource;
    }

    private static int rows(HikariDataSource dataSource, String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
