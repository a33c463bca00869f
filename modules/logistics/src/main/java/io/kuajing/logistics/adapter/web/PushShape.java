package io.kuajing.logistics.adapter.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kuajing.kernel.RuleViolation;
import io.micronaut.http.MediaType;
import org.xml.sax.SAXException;

/**
 * A tracking push is checked before the carrier's plugin parses it: at most {@link #MAX_BYTES}, UTF-8 text, and
 * well-formed as the content type it claims (JSON, or XML without a DTD). A push that fails is refused naming the
 * rule, and the plugin — and so the carrier's health — never sees it.
 */
final class PushShape {

    static final int MAX_BYTES = 256 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private PushShape() {
    }

    static void check(MediaType type, byte[] body) {
        if (body == null || body.length == 0) {
            throw new RuleViolation("body", "required", "an empty push carries no tracking");
        }
        if (body.length > MAX_BYTES) {
            throw new RuleViolation("body", "max-size", "a push is at most " + MAX_BYTES / 1024 + " KB");
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
        } catch (CharacterCodingException e) {
            throw new RuleViolation("body", "utf-8", "a push is UTF-8 text");
        }
        String subtype = type == null ? "" : type.getSubtype();
        if (subtype.equals("json")) {
            try {
                JSON.readTree(body);
            } catch (IOException e) {
                throw new RuleViolation("body", "malformed-json", "the push is not well-formed JSON");
            }
        } else if (subtype.equals("xml")) {
            xml(body);
        }
    }

    /** Built once (not per push): finding and configuring the JDK's parser costs more than parsing a push. */
    private static final DocumentBuilderFactory XML = xmlFactory();

    private static DocumentBuilderFactory xmlFactory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses secure processing", e);
        }
    }

    private static void xml(byte[] body) {
        try {
            DocumentBuilder builder;
            synchronized (XML) { // a factory is not thread-safe; a builder is used by this call alone
                builder = XML.newDocumentBuilder();
            }
            builder.setErrorHandler(null);
            builder.parse(new ByteArrayInputStream(body));
        } catch (SAXException | IOException e) {
            throw new RuleViolation("body", "malformed-xml", "the push is not well-formed XML (or declares a DTD)");
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses secure processing", e);
        }
    }
}
