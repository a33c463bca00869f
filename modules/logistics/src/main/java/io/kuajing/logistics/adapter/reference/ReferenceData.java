package io.kuajing.logistics.adapter.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import io.kuajing.logistics.domain.PromiseCalculator;
import io.kuajing.logistics.domain.PromiseRules;
import io.kuajing.logistics.domain.Warehouses;
import io.kuajing.logistics.domain.WorkingDayCalendar;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Loads the reference files once at start. A folder given in {@code kuajing.logistics.reference-data} wins over
 * the copy in the JAR, so operations can update the holiday calendar without a release.
 */
@Factory
class ReferenceData {

    private final String folder;

    ReferenceData(@Value("${kuajing.logistics.reference-data:}") String folder) {
        this.folder = folder;
    }

    @Singleton
    WorkingDayCalendar calendar() {
        return WorkingDayCalendar.parse(text("china-calendar.txt").lines().toList());
    }

    @Singleton
    Warehouses warehouses() {
        return Warehouses.parse(text("warehouses.csv").lines().toList());
    }

    @Singleton
    PromiseRules promiseRules() {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text("promises.properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return PromiseRules.parse(p);
    }

    @Singleton
    PromiseCalculator promiseCalculator(WorkingDayCalendar calendar, PromiseRules rules) {
        return new PromiseCalculator(calendar, rules);
    }

    private String text(String name) {
        try {
            if (!folder.isBlank()) {
                return Files.readString(Path.of(folder, name), StandardCharsets.UTF_8);
            }
            try (InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream("reference/logistics/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("reference data reference/logistics/" + name + " missing from the class path");
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read logistics reference data " + name, e);
        }
    }

}
