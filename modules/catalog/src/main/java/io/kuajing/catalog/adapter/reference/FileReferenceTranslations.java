package io.kuajing.catalog.adapter.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import io.kuajing.catalog.domain.GlossaryTerm;
import io.kuajing.catalog.domain.MemoryEntry;
import io.kuajing.catalog.domain.ReferenceTranslations;
import io.kuajing.catalog.domain.SourceText;
import jakarta.inject.Singleton;

/**
 * The glossary seed ({@code glossary-zh-CN.tsv}) and the reviewed translation memory
 * ({@code translation-memory-zh-CN.tsv}) in the catalogue's reference folder: tab-separated, UTF-8, {@code #} lines
 * are comments, and the memory's header names its reviewer ({@code # reviewed-by:}) and date ({@code # reviewed-on:}).
 * In texts, {@code \n}, {@code \t} and {@code \\} stand for a line break, a tab and a backslash. A bad line stops the
 * start with its line number: reference data is fixed in the file, not skipped.
 */
@Singleton
class FileReferenceTranslations implements ReferenceTranslations {

    private static final String GLOSSARY = "glossary-zh-CN";
    private static final String MEMORY = "translation-memory-zh-CN";

    private final ReferenceSettings settings;

    FileReferenceTranslations(ReferenceSettings settings) {
        this.settings = settings;
    }

    @Override
    public Seed<GlossaryTerm> glossary() {
        Path file = file(GLOSSARY);
        List<GlossaryTerm> terms = new ArrayList<>();
        read(file, (number, fields) -> {
            if (fields.length < 3) {
                throw new IllegalArgumentException("kind, source and target expected");
            }
            terms.add(new GlossaryTerm(GlossaryTerm.kind(fields[0]), fields[1], fields[2],
                    fields.length > 3 && !fields[3].isBlank() ? new BigDecimal(fields[3].strip()) : null));
        });
        return new Seed<>(file.getFileName().toString(), terms);
    }

    @Override
    public Seed<MemoryEntry> memory() {
        Path file = file(MEMORY);
        List<String[]> rows = new ArrayList<>();
        String[] header = new String[2];
        read(file, (number, fields) -> {
            if (fields.length != 3) {
                throw new IllegalArgumentException("source language, source text and zh-CN expected");
            }
            rows.add(fields);
        }, header);
        if (rows.isEmpty()) {
            return new Seed<>(file.getFileName().toString(), List.of());
        }
        if (header[0] == null || header[1] == null) {
            throw new IllegalStateException(file + ": a reviewed memory names its reviewer (# reviewed-by:) and date (# reviewed-on:)");
        }
        String by = "file:" + header[0];
        var at = LocalDate.parse(header[1]).atStartOfDay().toInstant(ZoneOffset.ofHours(8));
        List<MemoryEntry> entries = new ArrayList<>();
        for (String[] row : rows) {
            entries.add(MemoryEntry.approved(new SourceText(unescape(row[1]), row[0]), unescape(row[2]), by, at));
        }
        return new Seed<>(file.getFileName().toString(), entries);
    }

    /**
     * SHA-256 over each file's name, then its length and bytes or the word "absent": the name is what seeded rows are
     * marked with, and the length keeps one file's end from reading as the next one's start.
     */
    @Override
    public String digest() {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        for (String name : List.of(GLOSSARY, MEMORY)) {
            Path file = file(name);
            sha.update((file.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
            if (!Files.exists(file)) {
                sha.update("absent\n".getBytes(StandardCharsets.UTF_8));
                continue;
            }
            try {
                byte[] bytes = Files.readAllBytes(file);
                sha.update((bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
                sha.update(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private Path file(String name) {
        String override = settings.getReference().get(name);
        return override != null ? Path.of(override) : Path.of(settings.getReferenceDir(), name + ".tsv");
    }

    private interface Line {
        void accept(int number, String[] fields);
    }

    private static void read(Path file, Line line, String... header) {
        if (!Files.exists(file)) {
            return;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i);
            if (text.startsWith("#")) {
                if (header.length == 2 && text.startsWith("# reviewed-by:")) {
                    header[0] = text.substring("# reviewed-by:".length()).strip();
                } else if (header.length == 2 && text.startsWith("# reviewed-on:")) {
                    header[1] = text.substring("# reviewed-on:".length()).strip();
                }
                continue;
            }
            if (text.isBlank()) {
                continue;
            }
            try {
                line.accept(i + 1, text.split("\t", -1));
            } catch (RuntimeException e) {
                throw new IllegalStateException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
    }

    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
