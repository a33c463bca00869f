package io.kuajing.customs.application;

import io.kuajing.customs.ExportMessages;
import io.kuajing.customs.domain.declaration.MessageSchema;
import io.kuajing.customs.domain.declaration.MessageType;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import io.kuajing.customs.domain.declaration.Signer;
import jakarta.inject.Singleton;

/**
 * One export message made ready for the single window on its own (a report, a summary, a withdrawal, a receipt of
 * payment): signed, then checked against customs' export schema. Unlike a declaration's messages, which are parked
 * with the order when the schema refuses them, such a message refused by the schema is our fault and names nothing to
 * park it under, so it is an error: nothing is kept or sent.
 */
@Singleton
class SignedExportMessage {

    private final Signer signer;
    private final MessageSchema schema;

    SignedExportMessage(Signer signer, MessageSchema schema) {
        this.signer = signer;
        this.schema = schema;
    }

    /** @param key what the message is queued and answered under: the order, or the report's or summary's copNo */
    OutgoingMessage of(MessageType type, String key, ExportMessages.ExportMessage message) {
        OutgoingMessage signed = new OutgoingMessage(type, key, message.guid(), signer.sign(message.xml()));
        schema.violation(signed).ifPresent(v -> {
            throw new IllegalStateException(type + " does not conform to customs' schema: " + v);
        });
        return signed;
    }
}
