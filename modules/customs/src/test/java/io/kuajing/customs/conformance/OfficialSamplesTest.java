package io.kuajing.customs.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;

/** The oracle itself holds: customs' own import samples validate against customs' own 2022-05 schema. */
class OfficialSamplesTest {

    @Test
    void everyOfficialImportSampleValidatesAgainstTheOfficialSchema() throws Exception {
        List<Path> samples = OfficialSpec.samples("ceb-2022-05", "import");
        assertFalse(samples.isEmpty(), "no import samples in the specification folder");
        List<String> invalid = new ArrayList<>();
        for (Path sample : samples) {
            Validator validator = OfficialSpec.importSchema().newValidator();
            try {
                validator.validate(new StreamSource(sample.toFile()));
            } catch (org.xml.sax.SAXException e) {
                invalid.add(sample.getFileName() + ": " + e.getMessage());
            }
        }
        assertTrue(invalid.isEmpty(), String.join("\n", invalid));
    }
}
