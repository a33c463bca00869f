package io.kuajing.plugin.fengchi;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * XML in and out with the JDK only. Reading is hardened: a carrier answer is untrusted input, so DOCTYPEs,
 * external entities and entity expansion are refused (XXE, billion laughs).
 */
final class Xml {

    private Xml() {
    }

    /** Built once, not per answer (looking a factory up scans the class path); not thread-safe, so used under its lock. */
    private static final DocumentBuilderFactory FACTORY = hardenedFactory();
    /**
     * One parser per calling thread, reset after each answer: building a parser cost as much as parsing an answer
     * (issue #13). The host calls carriers from its bounded pool, so these stay few.
     */
    private static final ThreadLocal<DocumentBuilder> PARSERS = ThreadLocal.withInitial(() -> {
        synchronized (FACTORY) {
            try {
                return FACTORY.newDocumentBuilder();
            } catch (Exception e) {
                throw new IllegalStateException("the JDK's XML parser refuses hardening", e);
            }
        }
    });

    private static DocumentBuilderFactory hardenedFactory() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setNamespaceAware(false);
            return f;
        } catch (Exception e) {
            throw new IllegalStateException("the JDK's XML parser refuses hardening", e);
        }
    }

    static Element parse(String xml) {
        DocumentBuilder b = PARSERS.get();
        try {
            b.setErrorHandler(null);
            return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        } catch (Exception e) {
            throw new IllegalArgumentException("not well-formed XML (" + e.getClass().getSimpleName() + ")");
        } finally {
            b.reset();
        }
    }

    static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        throw new IllegalArgumentException("missing element " + name);
    }

    static List<Element> children(Element parent, String name) {
        List<Element> list = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                list.add(e);
            }
        }
        return list;
    }

    static String attribute(Element e, String name) {
        if (!e.hasAttribute(name)) {
            throw new IllegalArgumentException("missing attribute " + name + " on " + e.getTagName());
        }
        return e.getAttribute(name);
    }

    /** Builds an element line by line, two-space indented, attributes in the order given (stable golden files). */
    static final class Writer {
        private final StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        private int depth;

        Writer open(String tag, String... attributes) {
            indent().append('<').append(tag);
            attributes(attributes);
            sb.append(">\n");
            depth++;
            return this;
        }

        Writer empty(String tag, String... attributes) {
            indent().append('<').append(tag);
            attributes(attributes);
            sb.append("/>\n");
            return this;
        }

        Writer text(String tag, String text) {
            indent().append('<').append(tag).append('>').append(escape(text)).append("</").append(tag).append(">\n");
            return this;
        }

        Writer close(String tag) {
            depth--;
            indent().append("</").append(tag).append(">\n");
            return this;
        }

        @Override
        public String toString() {
            return sb.toString();
        }

        private void attributes(String[] pairs) {
            for (int i = 0; i + 1 < pairs.length; i += 2) {
                if (pairs[i + 1] != null) {
                    sb.append(' ').append(pairs[i]).append("=\"").append(escape(pairs[i + 1])).append('"');
                }
            }
        }

        private StringBuilder indent() {
            return sb.append("  ".repeat(depth));
        }
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
