package io.kuajing.customs.application;

import java.time.Clock;

import io.kuajing.customs.domain.declaration.DeclarationRecords;
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
        records.undelivered(queued.guid()).ifPresentOrElse(message -> {
            singleWindow.send(message);
            records.delivered(message.guid(), clock.instant());
        }, () -> LOG.debug("message {} of order {} was delivered before", queued.guid(), queued.orderNo()));
    }
}
