package io.kuajing.plugin.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

/**
 * Public reference data a test checks against that is kept outside this repository — a marketplace's own API models
 * and sandbox answers, as customs' specification is: material brought in from outside is not committed by the
 * developers; it lives in the steering repository's {@code shared/reference}, which CI lays beside the project.
 * The folder is {@code KUAJING_REFERENCE_DIR} (or {@code -Dkuajing.reference.dir}), else {@code ../shared/reference}
 * beside the project's root. A test whose data is missing is reported as not run, with the reason, never passed.
 */
public final class SharedReference {

    private SharedReference() {
    }

    /** The folder {@code relative} under the reference folder, if this machine has it. */
    public static Optional<Path> dir(String relative) {
        String configured = System.getProperty("kuajing.reference.dir", System.getenv("KUAJING_REFERENCE_DIR"));
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured).resolve(relative)).filter(Files::isDirectory);
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolveSibling("shared").resolve("reference").resolve(relative);
            if (Files.exists(d.resolve("mvnw")) && Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The bytes of {@code relative/name}, or the calling test is reported as not run when this machine lacks them. */
    public static byte[] read(String relative, String name) {
        Optional<Path> dir = dir(relative);
        Assumptions.assumeTrue(dir.isPresent(), "reference data " + relative + " is not on this machine"
                + " (../shared/reference or KUAJING_REFERENCE_DIR): the check against it is not run");
        try {
            return Files.readAllBytes(dir.get().resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
