package io.kuajing.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** A plain text table, columns padded to their widest cell, so a run's output pastes into docs/performance.md. */
final class Table {

    private final List<String[]> rows = new ArrayList<>();

    Table(String... header) {
        rows.add(header);
    }

    Table row(Object... cells) {
        String[] text = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            text[i] = String.valueOf(cells[i]);
        }
        rows.add(text);
        return this;
    }

    void print(String title) {
        int columns = rows.get(0).length;
        int[] width = new int[columns];
        for (String[] row : rows) {
            for (int i = 0; i < columns; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder("\n").append(title).append('\n');
        for (int r = 0; r < rows.size(); r++) {
            out.append('|');
            for (int i = 0; i < columns; i++) {
                out.append(' ').append(String.format("%-" + width[i] + "s", rows.get(r)[i])).append(" |");
            }
            out.append('\n');
            if (r == 0) {
                out.append('|');
                for (int i = 0; i < columns; i++) {
                    out.append("-".repeat(width[i] + 2)).append('|');
                }
                out.append('\n');
            }
        }
        System.out.print(out);
        System.out.flush();
    }

    static String f1(double value) {
        return String.format("%.1f", value);
    }

    static String f2(double value) {
        return String.format("%.2f", value);
    }
}
