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

    /**
     * Receipt messages that arrived and are not settled yet, at most {@code max}; never throws for a bad receipt:
     * one that cannot be read is handed over with its reason ({@link Delivered#unreadable}).
     */
    List<Delivered> collect(int max);

    /**
     * A collected batch applied together: each is settled as {@link Delivered#applied} would, in as few steps as the
     * adapter can (the sandbox drops its rows in one statement).
     */
    default void applied(List<Delivered> batch) {
        batch.forEach(Delivered::applied);
    }

    /**
     * One receipt message handed over (customs puts up to 100 receipts in one), or one that could not be read;
     * settled by the caller once applied (or failed), so a crash before that redelivers it.
     */
    interface Delivered {
        /** Where it came from (the inbox file name, "sandbox"), for operators; never its content. */
        String source();

        /** The receipts it carries, in order; empty when it could not be read. */
        List<Receipt> receipts();

        /** Why it could not be read (the adapter set it aside already), or null. */
        String unreadable();

        void applied();

        void failed(String reason);
    }
}
