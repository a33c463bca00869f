package io.kuajing.plugin.jpcsv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() {
        List<Csv.Record> records = Csv.parse("\uFEFFa,b,c\r\n\"資生堂 \"\"限定\"\", 大容量\",\"3,980\",\"一行目\n二行目\"\r\nx,,z\n");
        assertEquals(3, records.size());
        assertEquals(List.of("a", "b", "c"), records.get(0).fields(), "the byte-order mark is dropped");
        assertEquals(List.of("資生堂 \"限定\", 大容量", "3,980", "一行目\n二行目"), records.get(1).fields());
        assertEquals(2, records.get(1).line());
        assertEquals(List.of("x", "", "z"), records.get(2).fields());
        assertEquals(4, records.get(2).line(), "line numbers count the break inside the quoted field");
    }

    @Test
    void blankLinesAreSkippedAndALastLineWithoutBreakIsRead() {
        assertEquals(List.of(List.of("a"), List.of("b", "c")),
                Csv.parse("a\n\nb,c").stream().map(Csv.Record::fields).toList());
    }
}
