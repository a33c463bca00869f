package io.kuajing.customs.domain.declaration;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An order's message kept unsigned until it goes to the single window in one envelope with others of its kind and
 * sender (ADR 0047): customs takes up to 100 orders, payments, waybills or inventory lists in one message, signed once,
 * and answers each on its own.
 */
@ValueObject
public record QueuedMessage(MessageType type, String orderNo, String guid, String sender, byte[] xml)
        implements UnsignedMessage {

    public static QueuedMessage of(UnsignedMessage message) {
        return new QueuedMessage(message.type(), message.orderNo(), message.guid(), message.sender(), message.xml());
    }

    /** The message as it stands, unsigned: what an operator finds when it is parked. */
    public OutgoingMessage unsigned() {
        return new OutgoingMessage(type, orderNo, guid, xml);
    }

    @Override
    public String toString() {
        return type + " " + orderNo + " " + guid;
    }
}
