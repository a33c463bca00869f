package io.kuajing.customs.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.kuajing.customs.adapter.ceb.XsdMessageSchema;
import org.junit.jupiter.api.Test;

/** The golden files are examples of what Kuajing sends: each of them is a message customs' schema accepts. */
class GoldenFilesConformanceTest {

    @Test
    void everyGoldenFileValidatesAgainstCustomsSchema() throws IOException {
        XsdMessageSchema schema = XsdMessageSchema.compile(OfficialSpec.require().resolve("ceb-2022-05").resolve("xsd"));
        List<Path> golden;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden"))) {
            golden = files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertEquals(List.of("CEB311.xml", "CEB411.xml", "CEB511.xml", "CEB621.xml", "CEB623.xml", "CEB625.xml"),
                golden.stream().map(p -> p.getFileName().toString()).toList());
        List<String> invalid = new ArrayList<>();
        for (Path file : golden) {
            schema.violation(Files.readAllBytes(file)).ifPresent(v -> invalid.add(file.getFileName() + ": " + v));
        }
        assertEquals(List.of(), invalid);
    }
}
