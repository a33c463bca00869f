package io.kuajing.app.logging;

import ch.qos.logback.classic.pattern.ClassicConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %maskedMessage} in a logback pattern: the formatted message with personal data masked. */
public class MaskedMessageConverter extends ClassicConverter {

    @Override
    public String convert(ILoggingEvent event) {
        return PersonalDataMask.apply(event.getFormattedMessage());
    }
}
