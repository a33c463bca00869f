package io.kuajing.customs.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.kuajing.customs.conformance.OfficialSpec;

/**
 * Temporary folders for a test app wired to the file single window ({@code out} for messages, {@code in} for
 * receipts): nothing but the test writes receipts there. The files mode is real customs: it starts only with
 * customs' schema where the official specification is on this machine, and unchecked by consent elsewhere.
 */
public final class FileExchangeFolders {

    private final Path root;

    public FileExchangeFolders(String prefix) {
        try {
            root = Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path resolve(String folder) {
        return root.resolve(folder);
    }

    /** The test's properties with the single window switched to these folders. */
    public Map<String, String> properties(Map<String, String> base) {
        Map<String, String> properties = new HashMap<>(base);
        properties.put("kuajing.customs.single-window.mode", "files");
        properties.put("kuajing.customs.single-window.outbox", resolve("out").toString());
        properties.put("kuajing.customs.single-window.inbox", resolve("in").toString());
        // Real customs (files mode) does not start without customs' schema: the official one, from outside the repo,
        // where this machine has it; elsewhere the exchange itself is still tested, unchecked by explicit consent.
        OfficialSpec.dir().ifPresentOrElse(spec -> properties.put("kuajing.customs.schema-dir",
                        spec.resolve("ceb-2022-05").resolve("xsd").toString()),
                () -> properties.put("kuajing.customs.unchecked-messages-allowed", "true"));
        return properties;
    }

    public void delete() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
