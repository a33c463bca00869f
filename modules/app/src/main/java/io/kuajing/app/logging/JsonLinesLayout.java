package io.kuajing.app.logging;

import java.time.Instant;
import java.util.Map;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;

/**
 * One JSON object per line (time, level, logger, thread, message, MDC, error) for log collectors, with personal
 * data masked in the message and the stack trace.
 */
public class JsonLinesLayout extends LayoutBase<ILoggingEvent> {

    @Override
    public String doLayout(ILoggingEvent event) {
        StringBuilder json = new StringBuilder(256).append('{');
        field(json, "time", Instant.ofEpochMilli(event.getTimeStamp()).toString()).append(',');
        field(json, "level", event.getLevel().toString()).append(',');
        field(json, "logger", event.getLoggerName()).append(',');
        field(json, "thread", event.getThreadName()).append(',');
        field(json, "message", PersonalDataMask.apply(event.getFormattedMessage()));
        for (Map.Entry<String, String> entry : event.getMDCPropertyMap().entrySet()) {
            json.append(',');
            field(json, "mdc." + entry.getKey(), PersonalDataMask.apply(entry.getValue()));
        }
        IThrowableProxy error = event.getThrowableProxy();
        if (error != null) {
            json.append(',');
            field(json, "error", PersonalDataMask.apply(ThrowableProxyUtil.asString(error)));
        }
        return json.append('}').append(CoreConstants.LINE_SEPARATOR).toString();
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        quote(json, name).append(':');
        return value == null ? json.append("null") : quote(json, value);
    }

    private static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
