package io.kuajing.app.journey;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.kuajing.platform.testing.Eventually;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;

/** Reads /prometheus as a scraper would and checks the business figures a run of the journeys must have moved. */
final class MetricsScrape {

    private MetricsScrape() {
    }

    static void assertCounted(HttpClient http, String operatorToken) {
        // Figures are cached for a few seconds: wait for a scrape that reads the finished trips. The JVM's GC pause
        // timer (on the dashboard) is registered at the first collection after start, which a short run may not have
        // had yet: one is asked for, and the scrape awaited that has it.
        System.gc();
        Eventually.within(Duration.ofSeconds(20), "the metrics show the delivered trips", () -> {
            String scrape = http.toBlocking().retrieve(HttpRequest.GET("/prometheus").header("Authorization", operatorToken));
            return scrape.contains("jvm_gc_pause_seconds_sum") && List.of("DIRECT_MAIL", "FLASH_PURCHASE", "DIRECT_PURCHASE")
                    .stream().allMatch(mode -> value(scrape, "kuajing_orders_delivered_total{mode=\"" + mode + "\"}").orElse(0.0) >= 1);
        });
        String scrape = http.toBlocking().retrieve(HttpRequest.GET("/prometheus").header("Authorization", operatorToken));
        for (String positive : List.of("kuajing_orders_placed_total{mode=\"DIRECT_MAIL\"}",
                "kuajing_orders_paid_total{mode=\"DIRECT_PURCHASE\"}", "kuajing_customs_declarations_sent_total",
                "kuajing_customs_declarations_released_total", "kuajing_customs_release_seconds_count",
                "kuajing_catalog_import_rows_total")) {
            assertTrue(value(scrape, positive).orElse(0.0) > 0, positive + " counted: " + value(scrape, positive));
        }
        // Summed, but possibly 0: on MariaDB the times are kept to the second (ADR 0028) and the test sandbox releases
        // within a second of the declaration, so a release may measure 0 s; never negative, never missing.
        assertTrue(value(scrape, "kuajing_customs_release_seconds_sum").orElse(-1.0) >= 0, "release time summed");
        assertTrue(scrape.contains("kuajing_outbox_oldest_age_seconds"), "outbox age exported");
        assertTrue(Pattern.compile("kuajing_carrier_call_seconds_count\\{carrier=\"[a-z-]+\",operation=\"\\w+\",outcome=\"OK\"")
                .matcher(scrape).find(), "carrier calls timed per carrier, operation and outcome");
        assertDashboardMatches(scrape);
        assertTrue(Pattern.compile("kuajing_carrier_circuit_state\\{carrier=\"[a-z-]+\"} 0.0").matcher(scrape).find(),
                "each loaded carrier's circuit is exported, closed after the successful trips");
    }

    /** Every series the operators' Grafana dashboard queries is in the scrape: the dashboard and the app agree. */
    static void assertDashboardMatches(String scrape) {
        String dashboard;
        try {
            dashboard = Files.readString(Path.of("../../docs/operations/grafana-kuajing.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher names = Pattern.compile("\\b(kuajing|http_server|hikaricp|jvm|process)_[a-z_]+").matcher(dashboard);
        Set<String> missing = new TreeSet<>();
        while (names.find()) {
            if (!Pattern.compile("^" + names.group() + "[{ ]", Pattern.MULTILINE).matcher(scrape).find()) {
                missing.add(names.group());
            }
        }
        assertTrue(missing.isEmpty(), "the dashboard queries series the app does not export: " + missing);
    }

    private static Optional<Double> value(String scrape, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        return line.find() ? Optional.of(Double.parseDouble(line.group(1))) : Optional.empty();
    }
}
