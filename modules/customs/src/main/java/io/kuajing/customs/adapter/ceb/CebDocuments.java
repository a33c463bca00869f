package io.kuajing.customs.adapter.ceb;

import javax.xml.transform.dom.DOMResult;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A JAXB message marshalled straight into a DOM, laid out as JAXB's formatted output lays out a stream: a line and
 * four spaces per level before each child element, and before the end tag of an element with element children.
 * JAXB indents only what it writes to a stream; these text nodes are what reading that stream back gave, so the
 * message signed and sent is the one it was when it was written to bytes and parsed again. Text XML 1.0 cannot carry
 * (control characters, unpaired surrogates) is refused here, as reading those bytes back refused it: a serialiser
 * would write it as a character reference no parser accepts.
 */
final class CebDocuments {

    private static final String INDENT = "    ";

    private CebDocuments() {
    }

    static Document marshal(JAXBContext context, Object message) throws JAXBException {
        Document document = SafeXml.newDocument();
        Marshaller marshaller = context.createMarshaller();
        marshaller.marshal(message, new DOMResult(document));
        indent(document.getDocumentElement(), "\n");
        // As the document read from JAXB's stream was (standalone="yes"): the serialiser then writes no standalone="no".
        document.setXmlStandalone(true);
        return document;
    }

    /** @param lineBefore the line break and indentation that precede {@code element}'s children's level, less one */
    private static void indent(Element element, String lineBefore) {
        if (!hasChildElements(element)) {
            checkCharacters(element.getTextContent(), element);
            return;
        }
        String childLine = lineBefore + INDENT;
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                element.insertBefore(element.getOwnerDocument().createTextNode(childLine), e);
                indent(e, childLine);
            }
        }
        element.appendChild(element.getOwnerDocument().createTextNode(lineBefore));
    }

    /** XML 1.0's Char production: tab, line feed, carriage return, and the rest from U+0020 but surrogates and FFFE/FFFF. */
    private static void checkCharacters(String text, Element element) {
        text.codePoints().filter(c -> !(c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000)).findFirst().ifPresent(c -> {
                    throw new IllegalArgumentException(String.format("%s holds U+%04X, which XML 1.0 cannot carry",
                            element.getLocalName(), c));
                });
    }

    private static boolean hasChildElements(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                return true;
            }
        }
        return false;
    }
}
