package io.kuajing.customs.adapter.ceb;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.UnsignedMessage;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Several orders' messages of one kind as one message, and back (ADR 0047). Customs' import schema lets a CEB311,
 * 411, 511 or 621 message carry up to 100 documents (Order, Payment, Logistics, Inventory; the official CEB311 sample
 * carries six) followed by one BaseTransfer: so the members' documents are copied into one message, indented as
 * JAXB lays a message out, with the first member's BaseTransfer, which is every member's (one sender).
 */
public final class CebEnvelopes {

    /** Customs' maxOccurs for the documents of one message. */
    public static final int MAX_DOCUMENTS = 100;
    /** The messages whose documents may share a message: an import declaration's four. */
    public static final Set<MessageType> KINDS = EnumSet.of(MessageType.CEB311, MessageType.CEB411, MessageType.CEB511,
            MessageType.CEB621);
    private static final String BASE_TRANSFER = "BaseTransfer";
    private static final int MAX_MESSAGE_BYTES = 4 << 20;

    private CebEnvelopes() {
    }

    /** The transmitting client's code (BaseTransfer copCode) of a message, or null when it names none. */
    static String sender(Element root) {
        Element transfer = SafeXml.childElement(root, BASE_TRANSFER);
        return transfer == null ? null : SafeXml.child(transfer, "copCode");
    }

    static BuiltMessage of(String guid, List<? extends UnsignedMessage> members) {
        if (members.isEmpty() || members.size() > MAX_DOCUMENTS) {
            throw new IllegalArgumentException("an envelope carries 1 to " + MAX_DOCUMENTS + " documents, not " + members.size());
        }
        UnsignedMessage first = members.get(0);
        if (!KINDS.contains(first.type())) {
            throw new IllegalArgumentException(first.type() + " carries one document per message");
        }
        Document envelope = SafeXml.newDocument();
        Element root = null;
        Element transfer = null;
        for (UnsignedMessage member : members) {
            if (member.type() != first.type() || !Objects.equals(member.sender(), first.sender())) {
                throw new IllegalArgumentException("one envelope, one kind and sender: " + member + " (" + member.sender()
                        + ") does not go with " + first + " (" + first.sender() + ")");
            }
            Element memberRoot = document(member).getDocumentElement();
            if (root == null) {
                // The root's attributes (version, namespace declarations) as the members have them, under its own guid.
                root = (Element) envelope.appendChild(envelope.importNode(memberRoot, false));
                root.setAttribute("guid", guid);
                transfer = SafeXml.childElement(memberRoot, BASE_TRANSFER);
            }
            for (Element document : documents(memberRoot)) {
                root.appendChild(envelope.createTextNode("\n    "));
                root.appendChild(envelope.importNode(document, true));
            }
        }
        root.appendChild(envelope.createTextNode("\n    "));
        root.appendChild(envelope.importNode(Objects.requireNonNull(transfer, "a member without BaseTransfer"), true));
        root.appendChild(envelope.createTextNode("\n"));
        envelope.setXmlStandalone(true);
        return new BuiltMessage(first.type(), first.orderNo(), guid, envelope);
    }

    private static Document document(UnsignedMessage message) {
        return message instanceof BuiltMessage built ? built.document() : SafeXml.parse(message.xml(), MAX_MESSAGE_BYTES);
    }

    /** The documents a message carries: its CEB elements but the BaseTransfer (a signature is in another namespace). */
    public static List<Element> documents(Element root) {
        List<Element> documents = new ArrayList<>();
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && Ceb.NAMESPACE.equals(e.getNamespaceURI()) && !BASE_TRANSFER.equals(e.getLocalName())) {
                documents.add(e);
            }
        }
        return documents;
    }

    /** One of a message's documents as a message of its own, with the message's BaseTransfer (unsigned). */
    public static Document alone(Element document) {
        Element root = (Element) document.getParentNode();
        Document alone = SafeXml.newDocument();
        Element copy = (Element) alone.appendChild(alone.importNode(root, false));
        copy.appendChild(alone.importNode(document, true));
        Element transfer = SafeXml.childElement(root, BASE_TRANSFER);
        if (transfer != null) {
            copy.appendChild(alone.importNode(transfer, true));
        }
        return alone;
    }
}
