package io.kuajing.catalog.adapter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.LocalDateTime;

import io.kuajing.catalog.CatalogImportRun;
import io.kuajing.catalog.testing.FakeMarketplace;
import io.kuajing.catalog.testing.Sql;
import io.kuajing.catalog.testing.TestExtensions;
import io.kuajing.platform.testing.WithTestDatabase;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The console's import pages over HTTP on MySQL: the runs newest first, one run, and its self-refreshing progress. */
@MicronautTest(environments = "test", transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportRunPagesTest implements WithTestDatabase {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TestExtensions extensions;

    @Inject
    io.kuajing.catalog.application.CatalogImports catalogImports;

    @Inject
    TransactionOperations<Connection> tx;

    String page(String path) {
        return http.toBlocking().retrieve(HttpRequest.GET(path).accept("text/html"));
    }

    @Test
    void theListShowsTheRunsNewestFirstWithRowsReadWrittenAndRefused() {
        extensions.register(new FakeMarketplace("fake-console-a", 40, 10));
        extensions.register(new FakeMarketplace("fake-console-b", 20, 1000));
        CatalogImportRun older = catalogImports.importNow("fake-console-a", "operator");
        CatalogImportRun newer = catalogImports.importNow("fake-console-b", "operator");

        String html = page("/console/catalog/imports");

        assertTrue(html.contains("<h1>商品导入</h1>"), html);
        assertTrue(html.indexOf("data-id=\"" + newer.id() + "\"") < html.indexOf("data-id=\"" + older.id() + "\""),
                "newest first");
        assertEquals(40, older.seen());
        assertTrue(older.rejected() > 0 && older.written() == older.seen() - older.rejected(), "a first import writes every good row");
        assertTrue(html.matches("(?s).*data-id=\"" + older.id() + "\".*<td>fake-console-a</td>.*<td>已完成</td>\\s*"
                + "<td>40</td><td>" + older.written() + "</td><td>" + older.rejected() + "</td>.*"), html);
        assertTrue(html.contains("href=\"/console/catalog/imports\">商品导入</a>"), "in the navigation: " + html);
    }

    @Test
    void aRunningRunRefreshesItsProgressEveryTwoSecondsAndStopsOnceFinished() {
        Sql.update(tx, "INSERT INTO catalog_import_run (marketplace, status, started_by, started_at, seen, created, rejected)"
                + " VALUES ('fake-console-live', 'RUNNING', 'operator', ?, 150, 120, 3)", LocalDateTime.now());
        long id = Long.parseLong(Sql.rows(tx, "SELECT MAX(id) FROM catalog_import_run WHERE marketplace = 'fake-console-live'").get(0));

        String running = page("/console/catalog/imports/" + id);
        assertTrue(running.contains("导入批次 #" + id + "（fake-console-live）"), running);
        assertTrue(running.contains("hx-get=\"/console/catalog/imports/" + id + "/progress\" hx-trigger=\"every 2s\""), running);
        assertTrue(running.contains("<dd id=\"read\">150</dd>"), running);

        Sql.update(tx, "UPDATE catalog_import_run SET status = 'COMPLETED', seen = 200, created = 190, finished_at = ?"
                + " WHERE id = ?", LocalDateTime.now(), id);
        String fragment = page("/console/catalog/imports/" + id + "/progress");

        assertTrue(fragment.strip().startsWith("<div class=\"card\" id=\"progress\" data-status=\"COMPLETED\""), fragment);
        assertFalse(fragment.contains("<html"), "only the part htmx swaps in");
        assertFalse(fragment.contains("hx-"), "finished: it stops asking " + fragment);
        assertTrue(fragment.contains("<dd id=\"read\">200</dd>") && fragment.contains("<dd id=\"created\">190</dd>"), fragment);
    }

    @Test
    void theConsoleSpeaksEnglishOnRequestAndAnUnknownRunIsNotFound() {
        String english = http.toBlocking().retrieve(HttpRequest.GET("/console/catalog/imports").cookie(
                io.micronaut.http.cookie.Cookie.of("KJ_LANG", "en")));
        assertTrue(english.contains("<h1>Catalogue imports</h1>"), english);
        assertEquals(HttpStatus.NOT_FOUND, assertThrows(HttpClientResponseException.class,
                () -> page("/console/catalog/imports/999999999")).getStatus());
        assertEquals(HttpStatus.NOT_FOUND, assertThrows(HttpClientResponseException.class,
                () -> page("/console/catalog/imports/999999999/progress")).getStatus());
    }
}
