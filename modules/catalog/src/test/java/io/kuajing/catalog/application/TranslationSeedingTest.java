package io.kuajing.catalog.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.kuajing.catalog.ReviewingTranslations;
import io.kuajing.catalog.testing.Sql;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The translation seeding at a restart: on the files last seeded it reads one row and leaves the tables alone (rows
 * taken away behind the app's back stay away, which a seeding would restore); changed files, or a record forgotten
 * by an operator's glossary removal, seed again. The reference files are a copy of config/catalog, so a test can
 * change them.
 */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TranslationSeedingTest implements WithTestDatabase {

    static final Path FILES = copyOfTheReferenceFiles();

    @Inject
    TranslationSeeding seeding;

    @Inject
    ReviewingTranslations reviewing;

    @Inject
    TransactionOperations<Connection> tx;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(WithTestDatabase.super.getProperties());
        properties.put("kuajing.catalog.reference-dir", FILES.toString());
        return properties;
    }

    @BeforeEach
    void seededFromScratch() {
        Sql.update(tx, "DELETE FROM catalog_reference_seed");
        seeding.seed();
        assertEquals(1, Sql.count(tx, "SELECT COUNT(*) FROM catalog_reference_seed"), "the seeding is recorded");
    }

    @Test
    void aRestartOnTheFilesLastSeededLeavesTheTablesAlone() {
        String text = Sql.rows(tx, "SELECT source_key FROM catalog_tm WHERE approved_by LIKE 'file:%' ORDER BY source_key")
                .get(0);
        Sql.update(tx, "DELETE FROM catalog_glossary WHERE kind = 'BRAND' AND source = 'Kao'");
        Sql.update(tx, "UPDATE catalog_tm SET approved_text = NULL, approved_by = NULL, approved_at = NULL"
                + " WHERE source_key = ?", text);

        assertEquals(0, seeding.seed());
        assertEquals(0, kao().size(), "the term deleted in SQL is not added again: the files were not read");
        assertEquals(List.of("null"), Sql.rows(tx, "SELECT approved_text FROM catalog_tm WHERE source_key = ?", text));

        Sql.update(tx, "DELETE FROM catalog_reference_seed");
        assertEquals(1, seeding.seed(), "with the record deleted, the next start seeds");
        assertEquals(List.of("花王|file:glossary-zh-CN.tsv"), kao());
        assertTrue(Sql.rows(tx, "SELECT approved_by FROM catalog_tm WHERE source_key = ?", text).get(0).startsWith("file:"));
    }

    @Test
    void changedFilesAreSeededAgain() throws IOException {
        String before = digest();
        Files.writeString(FILES.resolve("glossary-zh-CN.tsv"), "BRAND\tSeedling\t幼苗\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        assertEquals(1, seeding.seed(), "the new line is the one term missing");
        assertEquals(List.of("幼苗|file:glossary-zh-CN.tsv"),
                Sql.rows(tx, "SELECT target, updated_by FROM catalog_glossary WHERE kind = 'BRAND' AND source = 'Seedling'"));
        assertNotEquals(before, digest(), "the new files' digest is recorded");
        Sql.update(tx, "DELETE FROM catalog_glossary WHERE kind = 'BRAND' AND source = 'Seedling'");
        assertEquals(0, seeding.seed(), "and the start after reads no file again");
    }

    @Test
    void aSeedTermAnOperatorRemovesComesBackAtTheNextStartAsBefore() {
        assertTrue(reviewing.removeGlossary("BRAND", "Kao"));
        assertEquals(0, Sql.count(tx, "SELECT COUNT(*) FROM catalog_reference_seed"), "the removal forgets the record");

        assertEquals(1, seeding.seed());
        assertEquals(List.of("花王|file:glossary-zh-CN.tsv"), kao());
    }

    @AfterAll
    void removeTheCopy() throws IOException {
        try (var files = Files.list(FILES)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        Files.delete(FILES);
    }

    private List<String> kao() {
        return Sql.rows(tx, "SELECT target, updated_by FROM catalog_glossary WHERE kind = 'BRAND' AND source = 'Kao'");
    }

    private String digest() {
        return Sql.rows(tx, "SELECT digest FROM catalog_reference_seed").get(0);
    }

    private static Path copyOfTheReferenceFiles() {
        try {
            Path copy = Files.createTempDirectory("kuajing-reference");
            try (var files = Files.list(Path.of("../../config/catalog"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, copy.resolve(file.getFileName()));
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
