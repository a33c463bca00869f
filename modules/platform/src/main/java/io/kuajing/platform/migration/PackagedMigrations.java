package io.kuajing.platform.migration;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import io.kuajing.platform.ModuleSchema;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Whether the database already holds every migration the application carries, answered without Flyway: at a
 * restart nothing is pending, yet Flyway took over a second to say so (scanning the fat JAR through a zip file system,
 * loading its classes, then a configuration and a scan per module). Here: one walk over the {@code db/migration}
 * resources, one small query per module's history table. Whenever the answer is not a plain yes (a fresh database, a
 * migration that is not a versioned SQL file, a failed or unknown row, versions applied that are no longer packaged)
 * Flyway runs as before and reports whatever it finds. A changed checksum of an already applied migration is only
 * noticed by Flyway when something else is pending: migrations are never edited once released.
 */
final class PackagedMigrations {

    /** Where every {@link ModuleSchema#migrationsLocation()} is, one folder per module. */
    private static final String FOLDER = "db/migration";
    /** Flyway's defaults: prefix V, separator __, suffix .sql; the version's underscores read as dots. */
    private static final Pattern VERSIONED = Pattern.compile("V([0-9][0-9._]*)__[^/]*\\.sql");

    /** Rows Flyway writes beside the migrations: the baseline and the creation of the schema or the table (H2). */
    private static final Set<String> MARKERS = Set.of("BASELINE", "SCHEMA", "TABLE");

    /** Versions per module; null when some file cannot be judged without Flyway. */
    private final Map<String, Set<MigrationVersion>> versions;

    private PackagedMigrations(Map<String, Set<MigrationVersion>> versions) {
        this.versions = versions;
    }

    /** The versioned migrations under {@code db/migration/<module>/} wherever {@code classes} finds that folder. */
    static PackagedMigrations in(ClassLoader classes) {
        Map<String, Set<MigrationVersion>> found = new HashMap<>();
        try {
            for (URL folder : Collections.list(classes.getResources(FOLDER))) {
                if (!addAll(folder, found)) {
                    return new PackagedMigrations(null);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the packaged migrations", e);
        }
        return new PackagedMigrations(found);
    }

    /**
     * True when every schema's successful migrations are exactly the packaged ones, in each history table; false
     * when one is missing, pending, failed or unknown, or a table cannot be read (a fresh database).
     */
    boolean allApplied(DataSource dataSource, List<ModuleSchema> schemas) {
        if (versions == null) {
            return false;
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // Flyway creates its tables and columns with quoted lower-case names (on H2 as well): quote them too.
            String q = connection.getMetaData().getIdentifierQuoteString();
            for (ModuleSchema schema : schemas) {
                Set<MigrationVersion> applied = new TreeSet<>();
                try (ResultSet rows = statement.executeQuery("SELECT " + q + "version" + q + ", " + q + "type" + q
                        + ", " + q + "success" + q + " FROM " + q + schema.historyTable() + q)) {
                    while (rows.next()) {
                        String version = rows.getString(1);
                        String type = rows.getString(2);
                        if (!rows.getBoolean(3)) {
                            return false;
                        } else if (type.equals("SQL") && version != null) {
                            applied.add(MigrationVersion.fromVersion(version));
                        } else if (!MARKERS.contains(type)) {
                            return false;  // a repeatable or Java migration, an undo...: Flyway's to judge
                        }
                    }
                }
                if (!applied.equals(versions.getOrDefault(schema.module(), Set.of()))) {
                    return false;
                }
            }
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static boolean addAll(URL folder, Map<String, Set<MigrationVersion>> found) throws IOException {
        switch (folder.getProtocol()) {
            case "jar" -> {
                var connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false);  // else the JAR would stay open for the process's life
                // The application class loader names the folder with a trailing slash, a URLClassLoader without.
                String prefix = connection.getEntryName().replaceFirst("/?$", "/");
                try (JarFile jar = connection.getJarFile()) {
                    return jar.stream().filter(entry -> !entry.isDirectory()).map(JarEntry::getName)
                            .filter(name -> name.startsWith(prefix))
                            .allMatch(name -> add(name.substring(prefix.length()), found));
                }
            }
            case "file" -> {
                Path root = path(folder);
                try (Stream<Path> files = Files.walk(root)) {
                    return files.filter(Files::isRegularFile)
                            .allMatch(file -> add(root.relativize(file).toString().replace('\\', '/'), found));
                }
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * {@code name} is {@code <module>/[folders/]<file>} as Flyway reads a location: a {@code V<version>__<description>.sql}
     * is a migration, any other SQL file or class (repeatable, undo, Java migration) is for Flyway to judge, anything
     * else (a README) Flyway ignores.
     */
    private static boolean add(String name, Map<String, Set<MigrationVersion>> found) {
        if (!name.endsWith(".sql") && !name.endsWith(".class")) {
            return true;
        }
        int slash = name.indexOf('/');
        Matcher versioned = VERSIONED.matcher(name.substring(name.lastIndexOf('/') + 1));
        if (slash < 0 || !versioned.matches()) {
            return false;
        }
        found.computeIfAbsent(name.substring(0, slash), module -> new TreeSet<>())
                .add(MigrationVersion.fromVersion(versioned.group(1)));
        return true;
    }

    private static Path path(URL folder) {
        try {
            return Path.of(folder.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(folder.toString(), e);
        }
    }
}
