package io.kuajing.customs.adapter.ceb;

import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.UnsignedMessage;
import org.w3c.dom.Document;

/**
 * A CEB message as JAXB built it, kept as its DOM: the signer canonicalises and signs this document and writes it out
 * once, instead of reading back bytes written a moment before (issue #13: that parse and the second serialisation cost
 * more CPU than the SM2 signature itself). The document is indented as JAXB's formatted output is, so what is signed
 * and sent is what writing and reading the message back gave before.
 */
public record BuiltMessage(MessageType type, String orderNo, String guid, Document document) implements UnsignedMessage {

    @Override
    public String sender() {
        return CebEnvelopes.sender(document.getDocumentElement());
    }

    @Override
    public byte[] xml() {
        return SafeXml.serialize(document);
    }
}
