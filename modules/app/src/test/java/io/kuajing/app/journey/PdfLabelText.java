package io.kuajing.app.journey;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text lines of a one-page label PDF the way a reader does, written from the PDF 1.7 specification
 * (ISO 32000-1: 7.5.4 cross-reference table, 7.8 content streams, 9.4 text objects, 9.7.5 CMaps) and independent of
 * the code that wrote the label: it follows {@code startxref} to the cross-reference table, checks every entry points
 * at its object, checks the page's content stream against its {@code /Length}, and decodes each shown string by the
 * font selected with {@code Tf}: a simple font's literal string as bytes, a Type0 font with the predefined Unicode
 * CMap {@code UniJIS-UCS2-H} as UCS-2 big-endian code units. A line ends at {@code T*}.
 */
final class PdfLabelText {

    private static final Pattern OBJECT = Pattern.compile("(\\d+) 0 obj(.*?)endobj", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("/(\\w+)\\s+[\\d.]+\\s+Tf|\\((?:\\\\.|[^\\\\)])*\\)\\s*Tj|<([0-9A-Fa-f]*)>\\s*Tj|T\\*");

    private PdfLabelText() {
    }

    static List<String> lines(byte[] pdf) {
        String file = new String(pdf, StandardCharsets.ISO_8859_1);
        if (!file.startsWith("%PDF-1.")) {
            throw new AssertionError("no PDF header");
        }
        Map<Integer, String> objects = objects(file);
        String page = objects.values().stream().filter(o -> o.contains("/Type/Page/") || o.contains("/Type /Page "))
                .findFirst().orElseThrow(() -> new AssertionError("no page"));
        Map<String, Boolean> unicodeFonts = new HashMap<>();
        Matcher fonts = Pattern.compile("/(\\w+) (\\d+) 0 R").matcher(page.substring(page.indexOf("/Font")));
        while (fonts.find()) {
            String font = objects.getOrDefault(Integer.parseInt(fonts.group(2)), "");
            unicodeFonts.put(fonts.group(1), font.contains("/Subtype/Type0") && font.contains("/Encoding/UniJIS-UCS2-H"));
        }
        Matcher contents = Pattern.compile("/Contents (\\d+) 0 R").matcher(page);
        if (!contents.find()) {
            throw new AssertionError("page without contents");
        }
        return text(stream(objects.get(Integer.parseInt(contents.group(1)))), unicodeFonts);
    }

    /** The objects by number, each checked against the cross-reference table's offset. */
    private static Map<Integer, String> objects(String file) {
        Matcher start = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF").matcher(file);
        if (!start.find()) {
            throw new AssertionError("no startxref");
        }
        int xref = Integer.parseInt(start.group(1));
        if (!file.startsWith("xref", xref)) {
            throw new AssertionError("startxref does not point at the cross-reference table");
        }
        String[] rows = file.substring(xref).split("\n");
        int count = Integer.parseInt(rows[1].split(" ")[1]);
        Map<Integer, String> objects = new HashMap<>();
        for (int n = 1; n < count; n++) {
            String row = rows[2 + n];
            int offset = Integer.parseInt(row.substring(0, 10));
            Matcher object = OBJECT.matcher(file);
            if (!row.contains(" n") || !object.find(offset) || object.start() != offset
                    || Integer.parseInt(object.group(1)) != n) {
                throw new AssertionError("cross-reference entry " + n + " does not point at object " + n);
            }
            objects.put(n, object.group(2));
        }
        return objects;
    }

    private static String stream(String object) {
        Matcher length = Pattern.compile("/Length (\\d+)").matcher(object);
        int begin = object.indexOf("stream\n") + "stream\n".length();
        if (!length.find() || begin < "stream\n".length()) {
            throw new AssertionError("content is not a stream with a length");
        }
        String content = object.substring(begin, begin + Integer.parseInt(length.group(1)));
        if (!object.startsWith("\nendstream", begin + content.length())) {
            throw new AssertionError("the stream's /Length does not end at endstream");
        }
        return content;
    }

    private static List<String> text(String content, Map<String, Boolean> unicodeFonts) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean unicode = false;
        Matcher token = TOKEN.matcher(content);
        while (token.find()) {
            String t = token.group();
            if (token.group(1) != null) {
                unicode = unicodeFonts.getOrDefault(token.group(1), false);
            } else if (t.equals("T*")) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (token.group(2) != null) {
                if (!unicode) {
                    throw new AssertionError("a hex string shown in a simple font");
                }
                byte[] units = new byte[token.group(2).length() / 2];
                for (int i = 0; i < units.length; i++) {
                    units[i] = (byte) Integer.parseInt(token.group(2).substring(2 * i, 2 * i + 2), 16);
                }
                line.append(new String(units, StandardCharsets.UTF_16BE));
            } else {
                line.append(t.substring(1, t.lastIndexOf(')')).replaceAll("\\\\(.)", "$1"));
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
