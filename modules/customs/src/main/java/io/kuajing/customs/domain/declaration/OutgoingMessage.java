package io.kuajing.customs.domain.declaration;

import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/** A CEB message ready to go: its type, the order it is about, its guid and its XML (signed once sent). */
@ValueObject
public record OutgoingMessage(MessageType type, String orderNo, String guid, byte[] xml) {

    public OutgoingMessage {
        Objects.requireNonNull(type, "type");
        if (guid == null || !guid.matches("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}")) {
            throw new IllegalArgumentException("a CEB guid is 36 characters, upper case: " + guid);
        }
    }

    /** The file name single-window clients expect: type, order and guid, unique per message. */
    public String fileName() {
        return type + "_" + orderNo + "_" + guid + ".xml";
    }

    @Override
    public String toString() {
        return type + " " + orderNo + " " + guid;
    }
}
