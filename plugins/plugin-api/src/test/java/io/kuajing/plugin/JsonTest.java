package io.kuajing.plugin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void readsNumbersAsExactDecimals() {
        assertEquals(Map.of("p", new BigDecimal("0.10"), "q", List.of(new BigDecimal("1e2"), true)),
                Json.parse("{\"p\": 0.10, \"q\": [1e2, true]}"));
    }

    @Test
    void decodesEscapes() {
        assertEquals("a\"b\\c\n\u4e2d", Json.parse("\"a\\\"b\\\\c\\n\\u4e2d\""));
        assertEquals(Arrays.asList(null, false), Json.parse("[null,false]"));
    }

    @Test
    void refusesMalformedInputWithItsOffset() {
        for (String bad : List.of("{\"a\": 1", "{\"a\" 1}", "[1,]", "\"open", "{} x", "nul", "[01x]")) {
            assertThrows(IllegalArgumentException.class, () -> Json.parse(bad), bad);
        }
    }

    @Test
    void writesWhatItReadsBack() {
        Object document = Json.parse("{\"waybill\": \"784-1\", \"weight\": 1.250, \"items\": [{\"qty\": 2}], \"note\": null}");
        assertEquals(document, Json.parse(Json.write(document)));
        assertEquals(new BigDecimal("1.250"), Json.number(Json.object(document), "weight"), "scale kept: no double");
    }
}
