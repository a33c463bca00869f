package io.kuajing.customs.adapter.signer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Base64;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * A signed message read with the JDK's DOM only, none of the signer's code: its Signature parts, and the two
 * documents an outside canonicalizer needs — the message without its Signature (what the enveloped transform
 * digests) and SignedInfo on its own, carrying every namespace in scope where it stood (what inclusive C14N
 * renders on an apex element).
 */
final class SignedXml {

    static final String DS = "http://www.w3.org/2000/09/xmldsig#";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    final Document document;
    final Element signature;

    SignedXml(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            document = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        signature = (Element) document.getElementsByTagNameNS(DS, "Signature").item(0);
    }

    String text(String localName) {
        return document.getElementsByTagNameNS(DS, localName).item(0).getTextContent().strip();
    }

    String algorithm(String localName) {
        return ((Element) document.getElementsByTagNameNS(DS, localName).item(0)).getAttribute("Algorithm");
    }

    byte[] base64(String localName) {
        return Base64.getMimeDecoder().decode(text(localName));
    }

    /** The message as it was before the Signature was put in (the Signature element removed). */
    byte[] withoutSignature() {
        Document copy = (Document) document.cloneNode(true);
        Node sig = copy.getElementsByTagNameNS(DS, "Signature").item(0);
        sig.getParentNode().removeChild(sig);
        return serialize(copy);
    }

    /** SignedInfo as a document of its own, with the namespaces in scope at its place declared on it. */
    byte[] signedInfoAlone() {
        Element signedInfo = (Element) document.getElementsByTagNameNS(DS, "SignedInfo").item(0);
        Document alone;
        try {
            alone = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Element copy = (Element) alone.importNode(signedInfo, true);
        alone.appendChild(copy);
        for (Node n = signedInfo; n instanceof Element e; n = n.getParentNode()) {
            NamedNodeMap attributes = e.getAttributes();
            for (int i = 0; i < attributes.getLength(); i++) {
                Attr a = (Attr) attributes.item(i);
                if (XMLNS.equals(a.getNamespaceURI()) && !copy.hasAttribute(a.getName())) {
                    copy.setAttributeNS(XMLNS, a.getName(), a.getValue());
                }
            }
        }
        return serialize(alone);
    }

    static byte[] serialize(Document d) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            TransformerFactory.newInstance().newTransformer().transform(new DOMSource(d), new StreamResult(out));
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
