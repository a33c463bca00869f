package io.kuajing.customs.adapter.ceb;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XML parsing for untrusted input (receipts) and for our own messages: no DTD at all (so no external entities,
 * no entity expansion, no billion laughs), no XInclude, secure processing on, and a size limit checked before
 * the parser sees a byte. The parser never fetches anything over the network or from disk.
 */
public final class SafeXml {

    private static final DocumentBuilderFactory FACTORY = factory();
    /**
     * One parser per thread, reset after each document: building a Xerces parser (its configuration's hundred
     * features and properties) cost more than parsing a message, and the pipeline parses several per order (issue #13,
     * 7% of the drain's CPU). A parser is not thread-safe; the threads that parse are the bounded workers, so these stay
     * few.
     */
    private static final ThreadLocal<DocumentBuilder> BUILDERS = ThreadLocal.withInitial(SafeXml::newBuilder);
    /**
     * Built once: looking the JDK's implementation up and configuring it cost more than serialising a message, four
     * times per order (issue #13). A factory is not thread-safe, so transformers are taken from it one at a time.
     */
    private static final TransformerFactory TRANSFORMERS = transformerFactory();
    /**
     * One serialiser per thread for messages (not for the indented view operators ask for now and then): a new
     * transformer compiles the identity stylesheet's settings again, a third of the cost of serialising a message,
     * which the pipeline does several times per order. A transformer keeps its output properties across documents and
     * is not thread-safe.
     */
    private static final ThreadLocal<Transformer> SERIALIZERS = ThreadLocal.withInitial(() -> transformer(false));

    private SafeXml() {
    }

    private static DocumentBuilderFactory factory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            return f;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be hardened; refusing to parse anything", e);
        }
    }

    /** Parses at most {@code maxBytes}; anything larger, malformed or with a DTD is refused with a reason. */
    public static Document parse(byte[] xml, int maxBytes) {
        if (xml == null || xml.length == 0) {
            throw new UnsafeXml("empty document");
        }
        if (xml.length > maxBytes) {
            throw new UnsafeXml("document of " + xml.length + " bytes exceeds the limit of " + maxBytes);
        }
        DocumentBuilder builder = BUILDERS.get();
        try {
            builder.setErrorHandler(SILENT);
            builder.setEntityResolver(NO_ENTITIES);
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXException e) {
            throw new UnsafeXml("malformed or forbidden XML: " + e.getMessage());
        } catch (IOException e) {
            throw new UnsafeXml("unreadable XML: " + e.getMessage());
        } finally {
            // Back to the factory's configuration (and its handlers cleared), whatever the last document left behind.
            builder.reset();
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            synchronized (FACTORY) {
                return FACTORY.newDocumentBuilder();
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the hardened XML parser cannot be configured", e);
        }
    }

    private static TransformerFactory transformerFactory() {
        TransformerFactory tf = TransformerFactory.newInstance();
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        tf.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return tf;
    }

    /** A new document to build a message in. */
    public static Document newDocument() {
        return BUILDERS.get().newDocument();
    }

    public static byte[] serialize(Document document) {
        return serialize(document, false);
    }

    /** The document indented two spaces per level, for people to read (whitespace-only text nodes removed first). */
    public static byte[] indented(Document document) {
        return serialize(document, true);
    }

    private static byte[] serialize(Document document, boolean indent) {
        Transformer t = indent ? transformer(true) : SERIALIZERS.get();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(document), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            // A failure part-way may leave the serialiser's output state behind: the thread's next document gets a new one.
            SERIALIZERS.remove();
            throw new IllegalStateException("cannot serialise XML", e);
        }
    }

    private static Transformer transformer(boolean indent) {
        try {
            Transformer t;
            synchronized (TRANSFORMERS) {
                t = TRANSFORMERS.newTransformer();
            }
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            if (indent) {
                t.setOutputProperty(OutputKeys.INDENT, "yes");
                t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            }
            return t;
        } catch (TransformerConfigurationException e) {
            throw new IllegalStateException("cannot configure the XML serialiser", e);
        }
    }

    /** The text of the first direct child element with this local name in the CEB namespace, or null. */
    public static String child(Element parent, String localName) {
        Element e = childElement(parent, localName);
        return e == null ? null : e.getTextContent().strip();
    }

    public static Element childElement(Element parent, String localName) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && Ceb.NAMESPACE.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** XML that is not accepted: too big, malformed, with a DTD or entities, or not what was expected. */
    public static final class UnsafeXml extends RuntimeException {
        public UnsafeXml(String message) {
            super(message);
        }
    }

    private static final EntityResolver NO_ENTITIES = (publicId, systemId) -> {
        throw new SAXException("external entities are not allowed");
    };

    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };
}
