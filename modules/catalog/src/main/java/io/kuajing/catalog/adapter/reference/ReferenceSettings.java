package io.kuajing.catalog.adapter.reference;

import java.nio.file.Path;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Where the catalogue's reference files are: {@code kuajing.catalog.reference-dir} (default {@code config/catalog},
 * relative to the working directory of the app), and per file an optional override
 * ({@code kuajing.catalog.reference.fx-rates: /srv/kuajing/fx-rates.csv}).
 */
@ConfigurationProperties("kuajing.catalog")
class ReferenceSettings {

    private String referenceDir = "config/catalog";
    private java.util.Map<String, String> reference = new java.util.HashMap<>();

    public String getReferenceDir() {
        return referenceDir;
    }

    public void setReferenceDir(String referenceDir) {
        this.referenceDir = referenceDir;
    }

    public java.util.Map<String, String> getReference() {
        return reference;
    }

    public void setReference(java.util.Map<String, String> reference) {
        this.reference = reference;
    }

    /** The file for {@code name} (for example {@code fx-rates}): its override, else {@code <reference-dir>/<name>.csv}. */
    Path file(String name) {
        String override = reference.get(name);
        return override != null ? Path.of(override) : Path.of(referenceDir, name + ".csv");
    }
}
