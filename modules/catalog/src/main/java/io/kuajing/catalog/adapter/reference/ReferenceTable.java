package io.kuajing.catalog.adapter.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A dated reference CSV: {@code #} comments, a header, one row per line, no quoting (the last column may contain
 * commas). Errors name the file and line, because an operator edits these files by hand.
 */
final class ReferenceTable {

    private final Path file;
    private final List<Row> rows;

    private ReferenceTable(Path file, List<Row> rows) {
        this.file = file;
        this.rows = rows;
    }

    static ReferenceTable read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read reference data " + file.toAbsolutePath()
                    + " (set kuajing.catalog.reference-dir)", e);
        }
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (header == null) {
                header = List.of(line.split(","));
                continue;
            }
            String[] cells = line.split(",", header.size());
            if (cells.length != header.size()) {
                throw new IllegalStateException(file + ":" + (i + 1) + ": " + cells.length + " columns, header has " + header.size());
            }
            Map<String, String> values = new java.util.HashMap<>();
            for (int c = 0; c < cells.length; c++) {
                values.put(header.get(c).strip(), cells[c].strip());
            }
            rows.add(new Row(file, i + 1, values));
        }
        return new ReferenceTable(file, List.copyOf(rows));
    }

    List<Row> rows() {
        return rows;
    }

    /** The rows grouped by a key, each group sorted by effective date, for in-force lookups. */
    <K> Map<K, List<Row>> datedBy(Function<Row, K> key) {
        return rows.stream().collect(Collectors.groupingBy(key, Collectors.collectingAndThen(Collectors.toList(),
                list -> list.stream().sorted(Comparator.comparing(r -> r.date("effective_from"))).toList())));
    }

    /** The latest row whose effective_from is on or before {@code date}. */
    static Optional<Row> inForce(List<Row> dated, LocalDate date) {
        Row found = null;
        for (Row row : dated == null ? List.<Row>of() : dated) {
            if (!row.date("effective_from").isAfter(date)) {
                found = row;
            }
        }
        return Optional.ofNullable(found);
    }

    @Override
    public String toString() {
        return file.toString();
    }

    /** One data row, with typed getters that report the file and line on bad values. */
    record Row(Path file, int line, Map<String, String> values) {

        String text(String column) {
            String value = values.get(column);
            if (value == null) {
                throw bad(column, "missing column");
            }
            return value;
        }

        Optional<String> optional(String column) {
            String value = values.get(column);
            return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
        }

        BigDecimal decimal(String column) {
            try {
                return new BigDecimal(text(column));
            } catch (NumberFormatException e) {
                throw bad(column, "not a decimal: " + values.get(column));
            }
        }

        Optional<BigDecimal> optionalDecimal(String column) {
            return optional(column).map(v -> decimal(column));
        }

        int integer(String column) {
            try {
                return Integer.parseInt(text(column));
            } catch (NumberFormatException e) {
                throw bad(column, "not a whole number: " + values.get(column));
            }
        }

        LocalDate date(String column) {
            try {
                return LocalDate.parse(text(column));
            } catch (RuntimeException e) {
                throw bad(column, "not a date (yyyy-mm-dd): " + values.get(column));
            }
        }

        private IllegalStateException bad(String column, String what) {
            return new IllegalStateException(file + ":" + line + ": column " + column + ": " + what);
        }
    }
}
