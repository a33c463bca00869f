package io.kuajing.plugin.jpcsv;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 CSV records: fields separated by commas, a field in double quotes may hold commas, line breaks and
 * doubled quotes. Japanese exports quote prices written with thousands separators ({@code "3,980"}) and titles with
 * commas, so splitting lines on commas would corrupt them. A leading UTF-8 byte-order mark (Excel writes one) is
 * dropped.
 */
final class Csv {

    /** One record with the 1-based line it starts on, for messages. */
    record Record(int line, List<String> fields) {
    }

    private Csv() {
    }

    /**
     * Splits {@code text} into records. An unterminated quoted field ends the input: it becomes the last record
     * with {@code fields} as read so far, and the caller rejects it by its field count.
     */
    static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        while (i < text.length()) {
            int startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean endOfRecord = false;
            while (i < text.length() && !endOfRecord) {
                char c = text.charAt(i++);
                if (quoted) {
                    if (c == '"') {
                        if (i < text.length() && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                    }
                } else if (c == '"' && field.length() == 0) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r' && i < text.length() && text.charAt(i) == '\n') {
                        i++;
                    }
                    line++;
                    endOfRecord = true;
                } else {
                    field.append(c);
                }
            }
            fields.add(field.toString());
            boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
            if (!blank) {
                records.add(new Record(startLine, List.copyOf(fields)));
            }
        }
        return records;
    }
}
