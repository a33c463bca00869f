package io.kuajing.customs.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Assumptions;
import org.xml.sax.SAXException;

/**
 * Customs' own published specification of the CBEC unified system — the oracle of the conformance tests, never
 * written by our code. It is public reference data kept outside this repository (in the steering repository's
 * {@code shared/reference/customs}, see docs/customs.md "Conformance"): the folder is taken from
 * {@code KUAJING_CEB_SPEC_DIR} (or {@code -Dkuajing.ceb.spec.dir}), else {@code ../shared/reference/customs} beside
 * the project. Layout: {@code ceb-2022-05/xsd/*.xsd}, {@code ceb-2022-05/samples/{import,export}/*.xml}, and the
 * same under {@code ceb-2018/} (the RSA-SHA1 signed samples of announcement 2018 No. 113).
 */
public final class OfficialSpec {

    public static final String IMPORT_XSD_2022 = "海关跨境进口业务节点报文定义202205.xsd";
    public static final String EXPORT_XSD_2022 = "海关跨境出口业务节点报文定义202205.xsd";

    private static Schema importSchema;

    private OfficialSpec() {
    }

    /** The specification folder, if this machine has it. */
    public static Optional<Path> dir() {
        String configured = System.getProperty("kuajing.ceb.spec.dir", System.getenv("KUAJING_CEB_SPEC_DIR"));
        if (configured != null && !configured.isBlank()) {
            Path p = Path.of(configured);
            if (!Files.isDirectory(p.resolve("ceb-2022-05"))) {
                throw new IllegalStateException("KUAJING_CEB_SPEC_DIR=" + configured + " has no ceb-2022-05 folder");
            }
            return Optional.of(p);
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path candidate = d.resolveSibling("shared").resolve("reference").resolve("customs");
            if (Files.exists(d.resolve("mvnw")) && Files.isDirectory(candidate.resolve("ceb-2022-05"))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Whether this machine has the specification (for {@code @EnabledIf} on tests that start an app needing it). */
    public static boolean present() {
        return dir().isPresent();
    }

    /** The folder, or the calling test is reported as not run (with the reason) when this machine lacks it. */
    public static Path require() {
        Optional<Path> dir = dir();
        Assumptions.assumeTrue(dir.isPresent(), "customs' official specification is not on this machine: set "
                + "KUAJING_CEB_SPEC_DIR or provide ../shared/reference/customs (docs/customs.md, Conformance)");
        return dir.get();
    }

    /** The 2022-05 import schema (with the XML-DSig schema it imports), compiled once. */
    public static synchronized Schema importSchema() {
        if (importSchema == null) {
            importSchema = schema(require().resolve("ceb-2022-05/xsd").resolve(IMPORT_XSD_2022));
        }
        return importSchema;
    }

    /** The official sample messages of one edition and direction, e.g. {@code samples("ceb-2022-05", "import")}. */
    public static List<Path> samples(String edition, String direction) {
        try (Stream<Path> files = Files.list(require().resolve(edition).resolve("samples").resolve(direction))) {
            return files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Schema schema(Path xsd) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            return factory.newSchema(xsd.toFile());
        } catch (SAXException e) {
            throw new IllegalStateException("cannot compile " + xsd + ": " + e.getMessage(), e);
        }
    }
}
