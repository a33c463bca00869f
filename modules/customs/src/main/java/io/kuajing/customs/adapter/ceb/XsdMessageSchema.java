package io.kuajing.customs.adapter.ceb;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
import io.kuajing.customs.domain.declaration.QueuedMessage;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Customs' import schema (海关跨境进口业务节点报文定义, with the XML-DSig schema it imports), compiled once from the
 * folder operators install it in (the {@code xsd} folder of the edition customs gave them), checking every message
 * after signing; and the export schema (海关跨境出口业务节点报文定义) beside it for the 9610 messages. The two
 * define elements of the same names in one namespace, so each is its own schema, chosen by the message's root.
 * Only local files are read: no DTD, no schema fetched from the network.
 */
public final class XsdMessageSchema implements MessageSchema {

    /** The import schema's file name in the 2018 and 2022-05 editions: 进口业务节点报文.xsd, ...定义202205.xsd. */
    private static final String IMPORT_SCHEMA_NAME = "进口业务节点报文";
    private static final String EXPORT_SCHEMA_NAME = "出口业务节点报文";

    private static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    private static final byte[] SIGNATURE_PLACE = ("<ds:Signature xmlns:ds=\"" + DS + "\"><ds:SignedInfo>"
            + "<ds:CanonicalizationMethod Algorithm=\"http://www.w3.org/TR/2001/REC-xml-c14n-20010315\"/>"
            + "<ds:SignatureMethod Algorithm=\"" + DS + "rsa-sha1\"/><ds:Reference URI=\"\">"
            + "<ds:DigestMethod Algorithm=\"" + DS + "sha1\"/><ds:DigestValue>AA==</ds:DigestValue></ds:Reference>"
            + "</ds:SignedInfo><ds:SignatureValue>AA==</ds:SignatureValue></ds:Signature>")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private final Schema schema;
    private final Path file;
    /** Null where the operator installed no export schema: export messages are then kept back, never sent unchecked. */
    private final Schema exportSchema;

    private XsdMessageSchema(Schema schema, Path file, Schema exportSchema) {
        this.schema = schema;
        this.file = file;
        this.exportSchema = exportSchema;
    }

    /**
     * Compiles the import schema found in {@code folder} (a folder without exactly one stops the start) and the
     * export schema when the folder holds one.
     */
    public static XsdMessageSchema compile(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalStateException("customs schema folder not found: " + folder.toAbsolutePath());
        }
        List<Path> found = schemas(folder, IMPORT_SCHEMA_NAME);
        if (found.size() != 1) {
            throw new IllegalStateException("customs schema folder " + folder.toAbsolutePath() + " must hold exactly one"
                    + " import schema (*" + IMPORT_SCHEMA_NAME + "*.xsd, with xmldsig-core-schema.xsd), found " + found.size());
        }
        List<Path> export = schemas(folder, EXPORT_SCHEMA_NAME);
        if (export.size() > 1) {
            throw new IllegalStateException("customs schema folder " + folder.toAbsolutePath() + " holds "
                    + export.size() + " export schemas (*" + EXPORT_SCHEMA_NAME + "*.xsd): keep one");
        }
        return new XsdMessageSchema(schema(found.get(0)), found.get(0), export.isEmpty() ? null : schema(export.get(0)));
    }

    private static List<Path> schemas(Path folder, String name) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().contains(name)
                    && p.getFileName().toString().endsWith(".xsd")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the customs schema folder " + folder, e);
        }
    }

    private static Schema schema(Path file) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            return factory.newSchema(file.toFile());
        } catch (SAXException e) {
            throw new IllegalStateException("cannot compile customs schema " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public Optional<String> violation(OutgoingMessage message) {
        if (message.type().isExport() && exportSchema == null) {
            return Optional.of("customs' export schema (*" + EXPORT_SCHEMA_NAME + "*.xsd) is not installed beside "
                    + file.getFileName() + ": export messages are not sent unchecked");
        }
        return violation(message.type().isExport() ? exportSchema : schema, message.xml());
    }

    /**
     * The message with a signature of the schema's shape and no meaning as its root's last element, where the signer
     * puts the real one. The declaration's XML (and so its line numbers) comes before it unchanged.
     */
    @Override
    public Optional<String> violationOnceSigned(QueuedMessage message) {
        byte[] xml = message.xml();
        int end = xml.length - 2;
        while (end >= 0 && !(xml[end] == '<' && xml[end + 1] == '/')) {
            end--;
        }
        if (end < 0) {
            return Optional.of("not a message: no end tag");
        }
        ByteArrayOutputStream placed = new ByteArrayOutputStream(xml.length + SIGNATURE_PLACE.length);
        placed.write(xml, 0, end);
        placed.writeBytes(SIGNATURE_PLACE);
        placed.write(xml, end, xml.length - end);
        return violation(new OutgoingMessage(message.type(), message.orderNo(), message.guid(), placed.toByteArray()));
    }

    /**
     * The first schema violation of a document (a message or a receipt), with its line: against the export schema
     * when its root is an export message (and that schema is installed), else the import schema.
     */
    public Optional<String> violation(byte[] xml) {
        return violation(exportSchema != null && exportRoot(xml) ? exportSchema : schema, xml);
    }

    private static boolean exportRoot(byte[] xml) {
        try {
            javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newFactory();
            factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
            factory.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            javax.xml.stream.XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (reader.hasNext() && reader.next() != javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                // the prolog: comments, white space
            }
            return io.kuajing.customs.domain.declaration.MessageType.ofRoot(reader.getLocalName()).isExport();
        } catch (javax.xml.stream.XMLStreamException | IllegalArgumentException | IllegalStateException e) {
            return false; // not a message this product knows: the import schema says what is wrong with it
        }
    }

    private static Optional<String> violation(Schema schema, byte[] xml) {
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
