package io.kuajing.customs.domain.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference-data file format: UTF-8, '#' comment lines, one header row, comma-separated values without
 * quoting (fields never contain commas). Kept deliberately simple so an operator can edit the files by hand,
 * and strict so a typo stops the start instead of changing a tax.
 */
public final class Csv {

    private final String source;
    private final List<Row> rows;

    private Csv(String source, List<Row> rows) {
        this.source = source;
        this.rows = rows;
    }

    public static Csv parse(String source, String text) {
        String[] header = null;
        List<Row> rows = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\r?\n")) {
            lineNo++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (header == null) {
                header = cells;
                continue;
            }
            if (cells.length != header.length) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": expected " + header.length
                        + " fields, found " + cells.length);
            }
            Map<String, String> values = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                values.put(header[i].trim(), cells[i].trim());
            }
            rows.add(new Row(source, lineNo, values));
        }
        return new Csv(source, List.copyOf(rows));
    }

    public List<Row> rows() {
        return rows;
    }

    public String source() {
        return source;
    }

    /** One data row; getters fail with the file and line number, so a broken file is easy to fix. */
    public record Row(String source, int line, Map<String, String> values) {

        public String text(String column) {
            String value = values.get(column);
            if (value == null) {
                throw error("missing column " + column);
            }
            return value;
        }

        public String required(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                throw error(column + " is empty");
            }
            return value;
        }

        public BigDecimal decimal(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw error(column + " is not a number: " + value);
            }
        }

        public LocalDate date(String column) {
            String value = text(column);
            if (value.isEmpty()) {
                return null;
            }
            try {
                return LocalDate.parse(value);
            } catch (RuntimeException e) {
                throw error(column + " is not an ISO date: " + value);
            }
        }

        public boolean flag(String column) {
            String value = required(column);
            if (!value.equals("true") && !value.equals("false")) {
                throw error(column + " must be true or false: " + value);
            }
            return Boolean.parseBoolean(value);
        }

        public IllegalArgumentException error(String message) {
            return new IllegalArgumentException(source + ":" + line + ": " + message);
        }
    }
}
