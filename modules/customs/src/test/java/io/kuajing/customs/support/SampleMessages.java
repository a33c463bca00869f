package io.kuajing.customs.support;

import io.kuajing.customs.domain.declaration.UnsignedMessage;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import java.time.Instant;
import java.util.Iterator;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.kuajing.customs.adapter.ceb.JaxbCustomsMessages;

/** The CEB message writer on the shipped reference data, with the development DXP id of the test configuration. */
public final class SampleMessages {

    public static final String DXP_ID = "DXPENT0000000001";
    public static final String COP_NO = "K261120101600SAMPL1";
    public static final Instant AT = Instant.parse("2026-11-20T02:16:00Z");

    private SampleMessages() {
    }

    /** A message as it would go out unsigned (the single window refuses it; a schema without a signature may not). */
    public static OutgoingMessage unsigned(UnsignedMessage m) {
        return new OutgoingMessage(m.type(), m.orderNo(), m.guid(), m.xml());
    }

    public static JaxbCustomsMessages writer() {
        return new JaxbCustomsMessages(Fixtures.REFERENCE.countries(), Fixtures.REFERENCE.legalUnits(), DXP_ID);
    }

    /** With guids 4B1D2C3E-0000-4000-8000-000000000001, ...2, ... for reproducible (golden) messages. */
    public static JaxbCustomsMessages reproducible() {
        Iterator<String> guids = Stream.iterate(1, i -> i + 1)
                .map(i -> String.format("4B1D2C3E-0000-4000-8000-%012d", i)).iterator();
        Supplier<String> next = guids::next;
        return new JaxbCustomsMessages(Fixtures.REFERENCE.countries(), Fixtures.REFERENCE.legalUnits(), DXP_ID, next);
    }
}
