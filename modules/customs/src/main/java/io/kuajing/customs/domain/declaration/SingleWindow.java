package io.kuajing.customs.domain.declaration;

import java.util.List;

import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The customs single window (国际贸易单一窗口 / 跨境电商通关服务平台): signed messages go out, receipts come back
 * later. Receipts are untrusted input; adapters hand over only receipts that parsed and passed the checks, and
 * set aside (and log) the others without failing.
 */
@SecondaryPort
public interface SingleWindow {

    void send(OutgoingMessage message);

    /** Receipts that arrived and are not settled yet, at most {@code max}; never throws for a bad receipt. */
    List<Delivered> collect(int max);

    /** A receipt handed over; settled by the caller once applied (or failed), so a crash before that redelivers it. */
    interface Delivered {
        Receipt receipt();

        void applied();

        void failed(String reason);
    }
}
