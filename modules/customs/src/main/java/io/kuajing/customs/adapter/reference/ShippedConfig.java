package io.kuajing.customs.adapter.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The copy of config/customs that the build puts into the jar (see the module's pom): the fallback when the
 * configured folder does not exist, e.g. `java -jar` on a fresh machine or a test run from another folder.
 */
public final class ShippedConfig {

    public static final String FOLDER = "io/kuajing/customs/config";

    private ShippedConfig() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = ShippedConfig.class.getClassLoader().getResourceAsStream(FOLDER + "/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no " + name + " shipped in the jar under " + FOLDER);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped " + name, e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }
}
