package io.kuajing.platform.web.pages;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * One message bundle in one language, for a page: {@code i18n/<bundle>.properties} is zh-CN (the default, what a
 * Chinese operator sees), {@code i18n/<bundle>_en.properties} English. Files are UTF-8 (Java 9+ reads them so).
 * A missing key shows as {@code ??key??} rather than failing the page, and a test reads both files for the same keys.
 */
public final class Texts {

    private final ResourceBundle bundle;
    private final Locale locale;

    private Texts(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Texts of(String bundle, Locale locale) {
        // No fallback to the JVM's default locale: zh-CN (the base file) is the fallback whatever the server runs in.
        return new Texts(ResourceBundle.getBundle("i18n." + bundle, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "??" + key + "??";
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    public Locale locale() {
        return locale;
    }
}
