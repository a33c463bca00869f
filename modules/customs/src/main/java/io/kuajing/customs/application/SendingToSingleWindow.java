package io.kuajing.customs.application;

import java.time.Clock;
import java.util.List;

import io.kuajing.customs.domain.declaration.DeclarationRecords;
import io.kuajing.customs.domain.declaration.OutgoingMessage;
import io.kuajing.customs.domain.declaration.SingleWindow;
import io.kuajing.platform.EventHandler;
import io.kuajing.platform.EventMetadata;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands kept messages to the single window after the change that made them committed. If the process dies after
 * sending and before marking the message delivered, the outbox redelivers and the same message (same guid) is
 * sent again, which customs treats as one; a message is never sent for a change that rolled back.
 *
 * <p>Whichever of an order's queued messages a dispatcher worker picks first, it hands over all the order's waiting
 * messages in their order under their row locks: with several workers (or instances) the inventory list could
 * otherwise reach customs before the three documents it is compared with, and be refused for it.
 */
@Singleton
class SendingToSingleWindow implements EventHandler<CustomsMessageQueued> {

    private static final Logger LOG = LoggerFactory.getLogger(SendingToSingleWindow.class);

    private final DeclarationRecords records;
    private final SingleWindow singleWindow;
    private final Clock clock;

    SendingToSingleWindow(DeclarationRecords records, SingleWindow singleWindow, Clock clock) {
        this.records = records;
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
        List<OutgoingMessage> waiting = records.lockUndeliveredOf(queued.orderNo());
        if (waiting.isEmpty()) {
            LOG.debug("message {} of order {} was delivered before", queued.guid(), queued.orderNo());
        }
        // Marked together after the hand-over: a failure part-way rolls the marks back with the rest of the
        // transaction anyway, and the redelivery sends the same guids again, which customs treats as one.
        for (OutgoingMessage message : waiting) {
            singleWindow.send(message);
        }
        records.delivered(waiting.stream().map(OutgoingMessage::guid).toList(), clock.instant());
    }
}
