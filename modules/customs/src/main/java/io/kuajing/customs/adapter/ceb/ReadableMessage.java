package io.kuajing.customs.adapter.ceb;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.kuajing.kernel.PersonalData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A sent CEB message as an operator may read it: indented, and the buyer's, payer's and consignee's personal data
 * masked by the kernel's rules ({@link PersonalData}), so the console shows what was declared without showing whom.
 * The signature is shown as it was; it no longer verifies over the masked text, which is not what was sent anyway.
 */
final class ReadableMessage {

    /** The CEB elements that carry a person's data, and how each kind is masked. */
    private static final Map<String, UnaryOperator<String>> PERSONAL = Map.ofEntries(
            Map.entry("buyerIdNumber", PersonalData::maskIdNumber),
            Map.entry("payerIdNumber", PersonalData::maskIdNumber),
            Map.entry("buyerName", PersonalData::maskName),
            Map.entry("payerName", PersonalData::maskName),
            Map.entry("consignee", PersonalData::maskName),
            Map.entry("buyerTelephone", PersonalData::maskPhone),
            Map.entry("consigneeTelephone", PersonalData::maskPhone),
            Map.entry("telephone", PersonalData::maskPhone),
            Map.entry("consigneeAddress", PersonalData::maskAddress));

    /** Messages Kuajing wrote itself stay far below this; it only bounds what the parser takes in. */
    private static final int MAX_BYTES = 8 * 1024 * 1024;

    private ReadableMessage() {
    }

    static String of(byte[] xml) {
        Document document = SafeXml.parse(xml, MAX_BYTES);
        tidy(document.getDocumentElement());
        return new String(SafeXml.indented(document), StandardCharsets.UTF_8);
    }

    /** Masks personal elements and drops whitespace-only text, so indenting starts from a clean tree. */
    private static void tidy(Element element) {
        UnaryOperator<String> mask = Ceb.NAMESPACE.equals(element.getNamespaceURI()) ? PERSONAL.get(element.getLocalName()) : null;
        if (mask != null) {
            element.setTextContent(mask.apply(element.getTextContent().strip()));
            return;
        }
        Node child = element.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child instanceof Element e) {
                tidy(e);
            } else if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()) {
                element.removeChild(child);
            }
            child = next;
        }
    }
}
