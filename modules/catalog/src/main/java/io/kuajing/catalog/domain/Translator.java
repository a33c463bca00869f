package io.kuajing.catalog.domain;

import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Machine translation into zh-CN. Its output is a draft an operator reviews; it is asked only for texts the
 * translation memory does not know yet and the glossary cannot translate whole.
 */
@SecondaryPort
public interface Translator {

    /**
     * Translations of {@code texts}, all in {@code sourceLanguage} (a primary subtag: en, ja), into zh-CN, in the same
     * order; null for a text the provider refused (too long, unsupported). Throws {@link Unavailable} when the provider
     * cannot be reached or keeps refusing after its retries: nothing is lost, the work is tried again later.
     *
     * @param field what the texts are (a title is translated as a title, a description as running text)
     */
    List<String> translate(List<String> texts, String sourceLanguage, TextField field);

    /** The provider's name, recorded as the origin of its drafts (e.g. {@code alimt}). */
    String name();

    /** The provider could not translate now (throttled, failing, unreachable after retries). */
    class Unavailable extends RuntimeException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
