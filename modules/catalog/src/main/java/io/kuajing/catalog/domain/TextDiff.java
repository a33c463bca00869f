package io.kuajing.catalog.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two versions of a translation, character by character (Chinese has no spaces to split words
 * at): the longest common subsequence, as runs of kept, removed and added text.
 */
public final class TextDiff {

    /** A run of text: {@code =} kept, {@code -} only in the old version, {@code +} only in the new one. */
    public record Run(String op, String text) {
    }

    private TextDiff() {
    }

    public static List<Run> between(String before, String after) {
        String a = before == null ? "" : before;
        String b = after == null ? "" : after;
        if ((long) a.length() * b.length() > 4_000_000L) { // descriptions of 2,000 characters each: no finer diff
            return List.of(new Run("-", a), new Run("+", b));
        }
        int[][] lcs = new int[a.length() + 1][b.length() + 1];
        for (int i = a.length() - 1; i >= 0; i--) {
            for (int j = b.length() - 1; j >= 0; j--) {
                lcs[i][j] = a.charAt(i) == b.charAt(j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Run> runs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.length() || j < b.length()) {
            if (i < a.length() && j < b.length() && a.charAt(i) == b.charAt(j)) {
                append(runs, "=", a.charAt(i));
                i++;
                j++;
            } else if (i < a.length() && (j == b.length() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                append(runs, "-", a.charAt(i++)); // what went comes before what came, as diffs read
            } else {
                append(runs, "+", b.charAt(j++));
            }
        }
        return runs;
    }

    private static void append(List<Run> runs, String op, char c) {
        if (!runs.isEmpty() && runs.get(runs.size() - 1).op().equals(op)) {
            Run last = runs.remove(runs.size() - 1);
            runs.add(new Run(op, last.text() + c));
        } else {
            runs.add(new Run(op, String.valueOf(c)));
        }
    }
}
