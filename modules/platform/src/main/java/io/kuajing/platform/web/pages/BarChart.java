package io.kuajing.platform.web.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A bar chart's figures as the JSON the console's chart script draws with ECharts ({@link PageShell#CHARTS}): an
 * element {@code <div class="chart" data-chart="…">} holds {@code {"categories": […], "series": [{"name", "data"}]}}
 * and any options: {@code "horizontal": true} (bars across), {@code "grouped": true} (side by side, not stacked),
 * {@code "axis": name} (the category axis's name).
 */
public final class BarChart {

    private BarChart() {
    }

    /** The categories and one series per entry (its data in the categories' order), then any {@code "name":value} options. */
    public static String json(List<String> categories, Map<String, String[]> bySeries, String... options) {
        List<String> series = new ArrayList<>();
        bySeries.forEach((name, data) -> series.add("{\"name\":" + text(name) + ",\"data\":[" + String.join(",", data) + "]}"));
        return "{\"categories\":[" + String.join(",", categories.stream().map(BarChart::text).toList())
                + "],\"series\":[" + String.join(",", series) + "]"
                + Arrays.stream(options).map(option -> "," + option).collect(Collectors.joining()) + "}";
    }

    /** Data for {@code size} categories, each 0 until set: a series has no bar where it has no figure. */
    public static String[] zeros(int size) {
        String[] data = new String[size];
        Arrays.fill(data, "0");
        return data;
    }

    /** A JSON string: quotes, backslashes and control characters escaped. */
    public static String text(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }
}
