package io.kuajing.customs.application;

import java.time.Instant;
import java.util.List;

import io.kuajing.customs.domain.declaration.DeclarationRecords;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import io.kuajing.customs.domain.declaration.QueuedMessage;
import io.kuajing.platform.Outbox;
import jakarta.inject.Singleton;

/**
 * Keeps messages with the change that made them, in the caller's transaction, to be sent after commit by
 * {@link SendingToSingleWindow} (ADR 7): import declarations and their follow-ups, export declarations alike.
 */
@Singleton
class SingleWindowQueue {

    private final DeclarationRecords records;
    private final Outbox outbox;

    SingleWindowQueue(DeclarationRecords records, Outbox outbox) {
        this.records = records;
        this.outbox = outbox;
    }

    /**
     * One event for all of them: the handler hands over every waiting message of the order in order, so an event
     * per message only cost a delivery each that found nothing left to send (three of the four of a declaration).
     */
    void queue(List<OutgoingMessage> messages, Instant now) {
        messages.forEach(m -> records.sent(m, now));
        OutgoingMessage first = messages.get(0);
        outbox.publish(new CustomsMessageQueued(first.guid(), first.orderNo(), first.type().name()));
    }

    /**
     * An import declaration's messages, kept unsigned: the sender puts each in an envelope with others of its kind and
     * sender and signs the envelope (ADR 0047). One event, as for signed ones.
     */
    void queueForEnvelopes(List<QueuedMessage> messages, Instant now) {
        messages.forEach(m -> records.waiting(m, now));
        QueuedMessage first = messages.get(0);
        outbox.publish(new CustomsMessageQueued(first.guid(), first.orderNo(), first.type().name()));
    }
}
