package io.kuajing.plugin.tck;

import java.util.Collection;

/** Fails when a secret (or a piece of unmasked personal data) shows up in text a host would log. */
public final class Secrets {

    private Secrets() {
    }

    public static void assertAbsent(Collection<String> secrets, String text, String where) {
        if (text == null) {
            return;
        }
        for (String secret : secrets) {
            if (secret != null && secret.length() >= 4 && text.contains(secret)) {
                throw new AssertionError(where + " reveals a secret or personal datum (" + secret.length()
                        + " characters starting with '" + secret.charAt(0) + "')");
            }
        }
    }

    /** Scans a throwable, its causes and suppressed throwables, messages and string forms. */
    public static void assertAbsent(Collection<String> secrets, Throwable thrown, String where) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            assertAbsent(secrets, t.getMessage(), where + " (message of " + t.getClass().getSimpleName() + ")");
            assertAbsent(secrets, t.toString(), where);
            for (Throwable s : t.getSuppressed()) {
                assertAbsent(secrets, s, where + " (suppressed)");
            }
            if (t.getCause() == t) {
                return;
            }
        }
    }
}
