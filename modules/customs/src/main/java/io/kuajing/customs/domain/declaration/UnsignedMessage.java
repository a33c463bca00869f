package io.kuajing.customs.domain.declaration;

/**
 * A CEB message as its writer built it, before the declaring company signs it: what a {@link Signer} turns into an
 * {@link OutgoingMessage}. The writer's own messages are signed as built, so each is written out once (issue #13).
 */
public interface UnsignedMessage {

    MessageType type();

    /** The order the message is about. */
    String orderNo();

    String guid();

    /** Who transmits it (BaseTransfer copCode): messages of one kind and sender may share an envelope (ADR 0047). */
    String sender();

    /** The message written out, unsigned. */
    byte[] xml();
}
