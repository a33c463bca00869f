package io.kuajing.platform.web.pages;

import java.util.List;
import java.util.Map;

import io.micronaut.core.annotation.Nullable;

/** Reading a posted form (bound as a map): a field sent twice counts once, an absent one is null. */
public final class Forms {

    private Forms() {
    }

    public static @Nullable String field(@Nullable Map<String, ?> form, String name) {
        Object value = form == null ? null : form.get(name);
        if (value instanceof List<?> values) {
            value = values.isEmpty() ? null : values.get(0);
        }
        return value == null ? null : value.toString().strip();
    }
}
