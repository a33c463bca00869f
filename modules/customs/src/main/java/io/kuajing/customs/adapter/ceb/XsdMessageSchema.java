package io.kuajing.customs.adapter.ceb;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import io.kuajing.customs.domain.declaration.MessageSchema;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Customs' import schema (海关跨境进口业务节点报文定义, with the XML-DSig schema it imports), compiled once from the
 * folder operators install it in (the {@code xsd} folder of the edition customs gave them), checking every message
 * after signing. Only local files are read: no DTD, no schema fetched from the network.
 */
public final class XsdMessageSchema implements MessageSchema {

    /** The import schema's file name in the 2018 and 2022-05 editions: 进口业务节点报文.xsd, ...定义202205.xsd. */
    private static final String IMPORT_SCHEMA_NAME = "进口业务节点报文";

    private final Schema schema;
    private final Path file;

    private XsdMessageSchema(Schema schema, Path file) {
        this.schema = schema;
        this.file = file;
    }

    /** Compiles the import schema found in {@code folder}; a folder without exactly one stops the start. */
    public static XsdMessageSchema compile(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("customs schema folder not found: " + folder.toAbsolutePath());
        }
        List<Path> found;
        try (Stream<Path> files = Files.list(folder)) {
            found = files.filter(p -> p.getFileName().toString().contains(IMPORT_SCHEMA_NAME)
                    && p.getFileName().toString().endsWith(".xsd")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the customs schema folder " + folder, e);
        }
        if (found.size() != 1) {
            throw new IllegalStateException("customs schema folder " + folder.toAbsolutePath() + " must hold exactly one"
                    + " import schema (*" + IMPORT_SCHEMA_NAME + "*.xsd, with xmldsig-core-schema.xsd), found " + found.size());
        }
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            return new XsdMessageSchema(factory.newSchema(found.get(0).toFile()), found.get(0));
        } catch (SAXException e) {
            throw new IllegalStateException("cannot compile customs schema " + found.get(0) + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public Optional<String> violation(OutgoingMessage message) {
        return violation(message.xml());
    }

    /** The first schema violation of a document (a message or a receipt), with its line. */
    public Optional<String> violation(byte[] xml) {
        try {
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
            return Optional.empty();
        } catch (SAXParseException e) {
            return Optional.of("line " + e.getLineNumber() + ": " + e.getMessage());
        } catch (SAXException | IOException e) {
            return Optional.of(e.getMessage());
        }
    }
}
