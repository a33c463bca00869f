package io.kuajing.app.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PersonalDataMaskTest {

    @Test
    void masksIdNumbersAndMobilesInAnyMessage() {
        assertEquals("buyer 110*************2X phone 138****5678 order 2026112300001",
                PersonalDataMask.apply("buyer 11010519491231002X phone 13812345678 order 2026112300001"));
    }

    @Test
    void leavesOtherNumbersAlone() {
        assertEquals("waybill SF1234567890123 amount 5000.00", PersonalDataMask.apply("waybill SF1234567890123 amount 5000.00"));
    }

    @Test
    void theJsonLayoutWritesOneMaskedObjectPerLine() {
        var event = new ch.qos.logback.classic.spi.LoggingEvent("x", ((ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory()).getLogger("t"),
                ch.qos.logback.classic.Level.INFO, "consignee \"Li\" 13812345678", null, null);
        String line = new JsonLinesLayout().doLayout(event);
        assertEquals(true, line.contains("\"message\":\"consignee \\\"Li\\\" 138****5678\""), line);
        assertEquals(true, line.endsWith("}" + System.lineSeparator()), line);
    }
}
