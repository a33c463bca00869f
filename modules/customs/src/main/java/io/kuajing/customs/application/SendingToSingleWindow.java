package io.kuajing.customs.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.kuajing.customs.domain.declaration.CustomsMessages;
import io.kuajing.customs.domain.declaration.DeclarationRecords;
import io.kuajing.customs.domain.declaration.MessageSchema;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import io.kuajing.customs.domain.declaration.QueuedMessage;
import io.kuajing.customs.domain.declaration.Signer;
import io.kuajing.customs.domain.declaration.SingleWindow;
import io.kuajing.platform.EventHandler;
import io.kuajing.platform.EventMetadata;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands kept messages to the single window after the change that made them committed. If the process dies after
 * sending and before marking the message delivered, the outbox redelivers and a signed message is sent again under
 * its guid, which customs treats as one; a document that went in an envelope goes again in a new envelope under its
 * own head guid (ADR 0047, Consequences). A message is never sent for a change that rolled back.
 *
 * <p>An import declaration's four messages wait unsigned and go in envelopes (ADR 0047): for each of the order's
 * waiting messages, kind by kind (311, 411, 511, then 621), one message carrying it and up to 99 other orders'
 * messages of its kind and sender, oldest first, signed once, checked against customs' schema once and handed over
 * once. Its own message is waited for when another sender holds it, so when the event is done the order's messages
 * went; an inventory list joins another order's envelope only once its own three documents went, since customs
 * compares it with them. An envelope that does not conform is sent per order, so that one bad order is kept back
 * alone. The events of the orders an envelope carried then find nothing left to send.
 *
 * <p>The order's signed messages (follow-ups, export messages) go next, alone and in their order, under their row
 * locks, as before envelopes: with several workers (or instances) the inventory list could otherwise reach customs
 * before the three documents it is compared with, or a cancellation before its list, and be refused for it.
 */
@Singleton
class SendingToSingleWindow implements EventHandler<CustomsMessageQueued> {

    private static final Logger LOG = LoggerFactory.getLogger(SendingToSingleWindow.class);
    /** Customs' limit: up to 100 documents in one message. */
    static final int ENVELOPE = 100;

    private final DeclarationRecords records;
    private final CustomsMessages messages;
    private final Signer signer;
    private final MessageSchema schema;
    private final SingleWindow singleWindow;
    private final Clock clock;

    SendingToSingleWindow(DeclarationRecords records, CustomsMessages messages, Signer signer, MessageSchema schema,
                          SingleWindow singleWindow, Clock clock) {
        this.records = records;
        this.messages = messages;
        this.signer = signer;
        this.schema = schema;
        this.singleWindow = singleWindow;
        this.clock = clock;
    }

    @Override
    public String id() {
        return "customs.send-to-single-window";
    }

    @Override
    public Class<CustomsMessageQueued> eventType() {
        return CustomsMessageQueued.class;
    }

    @Override
    public void handle(CustomsMessageQueued queued, EventMetadata metadata) {
        for (String guid : records.waitingForEnvelopeOf(queued.orderNo())) {
            List<QueuedMessage> envelope = records.lockEnvelopeOf(guid, ENVELOPE);
            if (!envelope.isEmpty()) {
                send(envelope);
            }
        }
        List<OutgoingMessage> waiting = records.lockUndeliveredOf(queued.orderNo());
        // Marked together after the hand-over: a failure part-way rolls the marks back with the rest of the
        // transaction anyway, and the redelivery sends the same guids again, which customs treats as one.
        for (OutgoingMessage message : waiting) {
            singleWindow.send(message);
        }
        records.delivered(waiting.stream().map(OutgoingMessage::guid).toList(), clock.instant());
    }

    private void send(List<QueuedMessage> members) {
        OutgoingMessage envelope = signer.sign(messages.envelope(members));
        Optional<String> violation = schema.violation(envelope);
        if (violation.isEmpty()) {
            singleWindow.send(envelope);
            records.delivered(members.stream().map(QueuedMessage::guid).toList(), envelope.guid(), clock.instant());
        } else if (members.size() > 1) {
            LOG.warn("an envelope of {} {} messages does not conform to customs' schema ({}): sent per order",
                    members.size(), envelope.type(), violation.get());
            members.forEach(member -> send(List.of(member)));
        } else {
            // Checked when it was kept, so this is not expected: kept back for an operator (GET /api/customs/parked).
            String reason = envelope.type() + " does not conform to customs' schema: " + violation.get();
            records.parkWaiting(members.get(0).guid(), reason);
            LOG.error("{} of order {} parked, not sent: {}", envelope.type(), members.get(0).orderNo(), reason);
        }
    }
}
